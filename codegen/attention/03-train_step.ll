; ModuleID = 'attention'
source_filename = "attention"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define i32 @eptc_entry_3(i8** %0) #0 {
entry:
  %pointers = alloca i8*, i64 11, align 8
  %1 = getelementptr inbounds i8*, i8** %0, i64 31
  %2 = load i8*, i8** %1, align 8
  %3 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2, i8** %3, align 8
  %4 = bitcast i8** %pointers to i8*
  %5 = call i1 @eptc_check_1(i8* %4)
  br i1 %5, label %invalid, label %valid

invalid:                                          ; preds = %entry
  ret i32 4

valid:                                            ; preds = %entry
  %6 = getelementptr inbounds i8*, i8** %0, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %7, i8** %8, align 8
  %9 = getelementptr inbounds i8*, i8** %0, i64 31
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %10, i8** %11, align 8
  %12 = getelementptr inbounds i8*, i8** %0, i64 67
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 8192
  %15 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %14, i8** %15, align 8
  %16 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_1(i8* %16, i64 0, i64 16)
  %17 = getelementptr inbounds i8*, i8** %0, i64 67
  %18 = load i8*, i8** %17, align 8
  %19 = getelementptr inbounds i8, i8* %18, i64 8192
  %20 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %19, i8** %20, align 8
  %21 = getelementptr inbounds i8*, i8** %0, i64 2
  %22 = load i8*, i8** %21, align 8
  %23 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %22, i8** %23, align 8
  %24 = getelementptr inbounds i8*, i8** %0, i64 67
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8, i8* %25, i64 9216
  %27 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %26, i8** %27, align 8
  %28 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %28, i64 0, i64 16)
  %29 = getelementptr inbounds i8*, i8** %0, i64 67
  %30 = load i8*, i8** %29, align 8
  %31 = getelementptr inbounds i8, i8* %30, i64 9216
  %32 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %31, i8** %32, align 8
  %33 = getelementptr inbounds i8*, i8** %0, i64 3
  %34 = load i8*, i8** %33, align 8
  %35 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %34, i8** %35, align 8
  %36 = getelementptr inbounds i8*, i8** %0, i64 67
  %37 = load i8*, i8** %36, align 8
  %38 = getelementptr inbounds i8, i8* %37, i64 10240
  %39 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %38, i8** %39, align 8
  %40 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %40, i64 0, i64 16)
  %41 = getelementptr inbounds i8*, i8** %0, i64 67
  %42 = load i8*, i8** %41, align 8
  %43 = getelementptr inbounds i8, i8* %42, i64 9216
  %44 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %43, i8** %44, align 8
  %45 = getelementptr inbounds i8*, i8** %0, i64 4
  %46 = load i8*, i8** %45, align 8
  %47 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %46, i8** %47, align 8
  %48 = getelementptr inbounds i8*, i8** %0, i64 67
  %49 = load i8*, i8** %48, align 8
  %50 = getelementptr inbounds i8, i8* %49, i64 11264
  %51 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %50, i8** %51, align 8
  %52 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %52, i64 0, i64 16)
  %53 = getelementptr inbounds i8*, i8** %0, i64 67
  %54 = load i8*, i8** %53, align 8
  %55 = getelementptr inbounds i8, i8* %54, i64 9216
  %56 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %55, i8** %56, align 8
  %57 = getelementptr inbounds i8*, i8** %0, i64 5
  %58 = load i8*, i8** %57, align 8
  %59 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %58, i8** %59, align 8
  %60 = getelementptr inbounds i8*, i8** %0, i64 67
  %61 = load i8*, i8** %60, align 8
  %62 = getelementptr inbounds i8, i8* %61, i64 12288
  %63 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %62, i8** %63, align 8
  %64 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %64, i64 0, i64 16)
  %65 = getelementptr inbounds i8*, i8** %0, i64 67
  %66 = load i8*, i8** %65, align 8
  %67 = getelementptr inbounds i8, i8* %66, i64 10240
  %68 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %67, i8** %68, align 8
  %69 = getelementptr inbounds i8*, i8** %0, i64 67
  %70 = load i8*, i8** %69, align 8
  %71 = getelementptr inbounds i8, i8* %70, i64 11264
  %72 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %71, i8** %72, align 8
  %73 = getelementptr inbounds i8*, i8** %0, i64 67
  %74 = load i8*, i8** %73, align 8
  %75 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %74, i8** %75, align 8
  %76 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %76, i64 0, i64 32)
  %77 = getelementptr inbounds i8*, i8** %0, i64 67
  %78 = load i8*, i8** %77, align 8
  %79 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %78, i8** %79, align 8
  %80 = getelementptr inbounds i8*, i8** %0, i64 67
  %81 = load i8*, i8** %80, align 8
  %82 = getelementptr inbounds i8, i8* %81, i64 13312
  %83 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %82, i8** %83, align 8
  %84 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %84, i64 0, i64 32)
  %85 = getelementptr inbounds i8*, i8** %0, i64 67
  %86 = load i8*, i8** %85, align 8
  %87 = getelementptr inbounds i8, i8* %86, i64 13312
  %88 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %87, i8** %88, align 8
  %89 = getelementptr inbounds i8*, i8** %0, i64 67
  %90 = load i8*, i8** %89, align 8
  %91 = getelementptr inbounds i8, i8* %90, i64 12288
  %92 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %91, i8** %92, align 8
  %93 = getelementptr inbounds i8*, i8** %0, i64 67
  %94 = load i8*, i8** %93, align 8
  %95 = getelementptr inbounds i8, i8* %94, i64 14336
  %96 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %95, i8** %96, align 8
  %97 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %97, i64 0, i64 32)
  %98 = getelementptr inbounds i8*, i8** %0, i64 67
  %99 = load i8*, i8** %98, align 8
  %100 = getelementptr inbounds i8, i8* %99, i64 14336
  %101 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %100, i8** %101, align 8
  %102 = getelementptr inbounds i8*, i8** %0, i64 6
  %103 = load i8*, i8** %102, align 8
  %104 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %103, i8** %104, align 8
  %105 = getelementptr inbounds i8*, i8** %0, i64 67
  %106 = load i8*, i8** %105, align 8
  %107 = getelementptr inbounds i8, i8* %106, i64 15360
  %108 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %107, i8** %108, align 8
  %109 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %109, i64 0, i64 16)
  %110 = getelementptr inbounds i8*, i8** %0, i64 67
  %111 = load i8*, i8** %110, align 8
  %112 = getelementptr inbounds i8, i8* %111, i64 15360
  %113 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %112, i8** %113, align 8
  %114 = getelementptr inbounds i8*, i8** %0, i64 67
  %115 = load i8*, i8** %114, align 8
  %116 = getelementptr inbounds i8, i8* %115, i64 8192
  %117 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %116, i8** %117, align 8
  %118 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %118, i64 0, i64 1)
  %119 = getelementptr inbounds i8*, i8** %0, i64 67
  %120 = load i8*, i8** %119, align 8
  %121 = getelementptr inbounds i8, i8* %120, i64 15360
  %122 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %121, i8** %122, align 8
  %123 = getelementptr inbounds i8*, i8** %0, i64 7
  %124 = load i8*, i8** %123, align 8
  %125 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %124, i8** %125, align 8
  %126 = getelementptr inbounds i8*, i8** %0, i64 67
  %127 = load i8*, i8** %126, align 8
  %128 = getelementptr inbounds i8, i8* %127, i64 16384
  %129 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %128, i8** %129, align 8
  %130 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %130, i64 0, i64 16)
  %131 = getelementptr inbounds i8*, i8** %0, i64 67
  %132 = load i8*, i8** %131, align 8
  %133 = getelementptr inbounds i8, i8* %132, i64 16384
  %134 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %133, i8** %134, align 8
  %135 = getelementptr inbounds i8*, i8** %0, i64 8
  %136 = load i8*, i8** %135, align 8
  %137 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %136, i8** %137, align 8
  %138 = getelementptr inbounds i8*, i8** %0, i64 67
  %139 = load i8*, i8** %138, align 8
  %140 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %139, i8** %140, align 8
  %141 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %141, i64 0, i64 16)
  %142 = getelementptr inbounds i8*, i8** %0, i64 67
  %143 = load i8*, i8** %142, align 8
  %144 = getelementptr inbounds i8, i8* %143, i64 2048
  %145 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %144, i8** %145, align 8
  %146 = getelementptr inbounds i8*, i8** %0, i64 67
  %147 = load i8*, i8** %146, align 8
  %148 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %147, i8** %148, align 8
  %149 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %149, i64 0, i64 1)
  %150 = getelementptr inbounds i8*, i8** %0, i64 67
  %151 = load i8*, i8** %150, align 8
  %152 = getelementptr inbounds i8, i8* %151, i64 2048
  %153 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %152, i8** %153, align 8
  %154 = getelementptr inbounds i8*, i8** %0, i64 9
  %155 = load i8*, i8** %154, align 8
  %156 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %155, i8** %156, align 8
  %157 = getelementptr inbounds i8*, i8** %0, i64 67
  %158 = load i8*, i8** %157, align 8
  %159 = getelementptr inbounds i8, i8* %158, i64 4096
  %160 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %159, i8** %160, align 8
  %161 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_10(i8* %161, i64 0, i64 16)
  %162 = getelementptr inbounds i8*, i8** %0, i64 67
  %163 = load i8*, i8** %162, align 8
  %164 = getelementptr inbounds i8, i8* %163, i64 4096
  %165 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %164, i8** %165, align 8
  %166 = getelementptr inbounds i8*, i8** %0, i64 67
  %167 = load i8*, i8** %166, align 8
  %168 = getelementptr inbounds i8, i8* %167, i64 15360
  %169 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %168, i8** %169, align 8
  %170 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %170, i64 0, i64 1)
  %171 = getelementptr inbounds i8*, i8** %0, i64 67
  %172 = load i8*, i8** %171, align 8
  %173 = getelementptr inbounds i8, i8* %172, i64 4096
  %174 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %173, i8** %174, align 8
  %175 = getelementptr inbounds i8*, i8** %0, i64 67
  %176 = load i8*, i8** %175, align 8
  %177 = getelementptr inbounds i8, i8* %176, i64 5120
  %178 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %177, i8** %178, align 8
  %179 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_11(i8* %179, i64 0, i64 2)
  %180 = getelementptr inbounds i8*, i8** %0, i64 67
  %181 = load i8*, i8** %180, align 8
  %182 = getelementptr inbounds i8, i8* %181, i64 5120
  %183 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %182, i8** %183, align 8
  %184 = getelementptr inbounds i8*, i8** %0, i64 1
  %185 = load i8*, i8** %184, align 8
  %186 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %185, i8** %186, align 8
  %187 = getelementptr inbounds i8*, i8** %0, i64 67
  %188 = load i8*, i8** %187, align 8
  %189 = getelementptr inbounds i8, i8* %188, i64 4096
  %190 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %189, i8** %190, align 8
  %191 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_12(i8* %191, i64 0, i64 2)
  %192 = getelementptr inbounds i8*, i8** %0, i64 32
  %193 = load i8*, i8** %192, align 8
  %194 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %193, i8** %194, align 8
  %195 = bitcast i8** %pointers to i8*
  %196 = call i1 @eptc_check_2(i8* %195)
  br i1 %196, label %invalid1, label %valid2

invalid1:                                         ; preds = %valid
  ret i32 38

valid2:                                           ; preds = %valid
  %197 = getelementptr inbounds i8*, i8** %0, i64 67
  %198 = load i8*, i8** %197, align 8
  %199 = getelementptr inbounds i8, i8* %198, i64 4096
  %200 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %199, i8** %200, align 8
  %201 = getelementptr inbounds i8*, i8** %0, i64 32
  %202 = load i8*, i8** %201, align 8
  %203 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %202, i8** %203, align 8
  %204 = getelementptr inbounds i8*, i8** %0, i64 67
  %205 = load i8*, i8** %204, align 8
  %206 = getelementptr inbounds i8, i8* %205, i64 4160
  %207 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %206, i8** %207, align 8
  %208 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_13(i8* %208, i64 0, i64 2)
  %209 = getelementptr inbounds i8*, i8** %0, i64 32
  %210 = load i8*, i8** %209, align 8
  %211 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %210, i8** %211, align 8
  %212 = getelementptr inbounds i8*, i8** %0, i64 67
  %213 = load i8*, i8** %212, align 8
  %214 = getelementptr inbounds i8, i8* %213, i64 4160
  %215 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %214, i8** %215, align 8
  %216 = getelementptr inbounds i8*, i8** %0, i64 34
  %217 = load i8*, i8** %216, align 8
  %218 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %217, i8** %218, align 8
  %219 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_14(i8* %219, i64 0, i64 1)
  %220 = getelementptr inbounds i8*, i8** %0, i64 67
  %221 = load i8*, i8** %220, align 8
  %222 = getelementptr inbounds i8, i8* %221, i64 17728
  %223 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %222, i8** %223, align 8
  %224 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_15(i8* %224, i64 0, i64 1)
  %225 = getelementptr inbounds i8*, i8** %0, i64 32
  %226 = load i8*, i8** %225, align 8
  %227 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %226, i8** %227, align 8
  %228 = bitcast i8** %pointers to i8*
  %229 = call i1 @eptc_check_2(i8* %228)
  br i1 %229, label %invalid3, label %valid4

invalid3:                                         ; preds = %valid2
  ret i32 40

valid4:                                           ; preds = %valid2
  %230 = getelementptr inbounds i8*, i8** %0, i64 32
  %231 = load i8*, i8** %230, align 8
  %232 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %231, i8** %232, align 8
  %233 = getelementptr inbounds i8*, i8** %0, i64 67
  %234 = load i8*, i8** %233, align 8
  %235 = getelementptr inbounds i8, i8* %234, i64 17728
  %236 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %235, i8** %236, align 8
  %237 = getelementptr inbounds i8*, i8** %0, i64 67
  %238 = load i8*, i8** %237, align 8
  %239 = getelementptr inbounds i8, i8* %238, i64 4224
  %240 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %239, i8** %240, align 8
  %241 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_16(i8* %241, i64 0, i64 1)
  %242 = getelementptr inbounds i8*, i8** %0, i64 67
  %243 = load i8*, i8** %242, align 8
  %244 = getelementptr inbounds i8, i8* %243, i64 4096
  %245 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %244, i8** %245, align 8
  %246 = getelementptr inbounds i8*, i8** %0, i64 32
  %247 = load i8*, i8** %246, align 8
  %248 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %247, i8** %248, align 8
  %249 = getelementptr inbounds i8*, i8** %0, i64 67
  %250 = load i8*, i8** %249, align 8
  %251 = getelementptr inbounds i8, i8* %250, i64 4224
  %252 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %251, i8** %252, align 8
  %253 = getelementptr inbounds i8*, i8** %0, i64 67
  %254 = load i8*, i8** %253, align 8
  %255 = getelementptr inbounds i8, i8* %254, i64 4160
  %256 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %255, i8** %256, align 8
  %257 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_17(i8* %257, i64 0, i64 2)
  %258 = getelementptr inbounds i8*, i8** %0, i64 67
  %259 = load i8*, i8** %258, align 8
  %260 = getelementptr inbounds i8, i8* %259, i64 4160
  %261 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %260, i8** %261, align 8
  %262 = getelementptr inbounds i8*, i8** %0, i64 1
  %263 = load i8*, i8** %262, align 8
  %264 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %263, i8** %264, align 8
  %265 = getelementptr inbounds i8*, i8** %0, i64 67
  %266 = load i8*, i8** %265, align 8
  %267 = getelementptr inbounds i8, i8* %266, i64 17600
  %268 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %267, i8** %268, align 8
  %269 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_18(i8* %269, i64 0, i64 2)
  %270 = getelementptr inbounds i8*, i8** %0, i64 67
  %271 = load i8*, i8** %270, align 8
  %272 = getelementptr inbounds i8, i8* %271, i64 5120
  %273 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %272, i8** %273, align 8
  %274 = getelementptr inbounds i8*, i8** %0, i64 67
  %275 = load i8*, i8** %274, align 8
  %276 = getelementptr inbounds i8, i8* %275, i64 4160
  %277 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %276, i8** %277, align 8
  %278 = getelementptr inbounds i8*, i8** %0, i64 67
  %279 = load i8*, i8** %278, align 8
  %280 = getelementptr inbounds i8, i8* %279, i64 17408
  %281 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %280, i8** %281, align 8
  %282 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_19(i8* %282, i64 0, i64 16)
  %283 = getelementptr inbounds i8*, i8** %0, i64 67
  %284 = load i8*, i8** %283, align 8
  %285 = getelementptr inbounds i8, i8* %284, i64 17600
  %286 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %285, i8** %286, align 8
  %287 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_20(i8* %287, i64 0, i64 1)
  %288 = getelementptr inbounds i8*, i8** %0, i64 67
  %289 = load i8*, i8** %288, align 8
  %290 = getelementptr inbounds i8, i8* %289, i64 6144
  %291 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %290, i8** %291, align 8
  %292 = getelementptr inbounds i8*, i8** %0, i64 67
  %293 = load i8*, i8** %292, align 8
  %294 = getelementptr inbounds i8, i8* %293, i64 17600
  %295 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %294, i8** %295, align 8
  %296 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_21(i8* %296, i64 0, i64 2)
  %297 = getelementptr inbounds i8*, i8** %0, i64 67
  %298 = load i8*, i8** %297, align 8
  %299 = getelementptr inbounds i8, i8* %298, i64 2048
  %300 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %299, i8** %300, align 8
  %301 = getelementptr inbounds i8*, i8** %0, i64 67
  %302 = load i8*, i8** %301, align 8
  %303 = getelementptr inbounds i8, i8* %302, i64 6144
  %304 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %303, i8** %304, align 8
  %305 = getelementptr inbounds i8*, i8** %0, i64 67
  %306 = load i8*, i8** %305, align 8
  %307 = getelementptr inbounds i8, i8* %306, i64 4096
  %308 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %307, i8** %308, align 8
  %309 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_22(i8* %309, i64 0, i64 32)
  %310 = getelementptr inbounds i8*, i8** %0, i64 67
  %311 = load i8*, i8** %310, align 8
  %312 = getelementptr inbounds i8, i8* %311, i64 6144
  %313 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %312, i8** %313, align 8
  %314 = getelementptr inbounds i8*, i8** %0, i64 9
  %315 = load i8*, i8** %314, align 8
  %316 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %315, i8** %316, align 8
  %317 = getelementptr inbounds i8*, i8** %0, i64 67
  %318 = load i8*, i8** %317, align 8
  %319 = getelementptr inbounds i8, i8* %318, i64 2048
  %320 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %319, i8** %320, align 8
  %321 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_23(i8* %321, i64 0, i64 16)
  %322 = getelementptr inbounds i8*, i8** %0, i64 67
  %323 = load i8*, i8** %322, align 8
  %324 = getelementptr inbounds i8, i8* %323, i64 2048
  %325 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %324, i8** %325, align 8
  %326 = getelementptr inbounds i8*, i8** %0, i64 67
  %327 = load i8*, i8** %326, align 8
  %328 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %327, i8** %328, align 8
  %329 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_24(i8* %329, i64 0, i64 1)
  %330 = getelementptr inbounds i8*, i8** %0, i64 67
  %331 = load i8*, i8** %330, align 8
  %332 = getelementptr inbounds i8, i8* %331, i64 2048
  %333 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %332, i8** %333, align 8
  %334 = getelementptr inbounds i8*, i8** %0, i64 8
  %335 = load i8*, i8** %334, align 8
  %336 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %335, i8** %336, align 8
  %337 = getelementptr inbounds i8*, i8** %0, i64 67
  %338 = load i8*, i8** %337, align 8
  %339 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %338, i8** %339, align 8
  %340 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_25(i8* %340, i64 0, i64 16)
  %341 = getelementptr inbounds i8*, i8** %0, i64 67
  %342 = load i8*, i8** %341, align 8
  %343 = getelementptr inbounds i8, i8* %342, i64 16384
  %344 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %343, i8** %344, align 8
  %345 = getelementptr inbounds i8*, i8** %0, i64 67
  %346 = load i8*, i8** %345, align 8
  %347 = getelementptr inbounds i8, i8* %346, i64 2048
  %348 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %347, i8** %348, align 8
  %349 = getelementptr inbounds i8*, i8** %0, i64 67
  %350 = load i8*, i8** %349, align 8
  %351 = getelementptr inbounds i8, i8* %350, i64 6144
  %352 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %351, i8** %352, align 8
  %353 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_26(i8* %353, i64 0, i64 16)
  %354 = getelementptr inbounds i8*, i8** %0, i64 67
  %355 = load i8*, i8** %354, align 8
  %356 = getelementptr inbounds i8, i8* %355, i64 15360
  %357 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %356, i8** %357, align 8
  %358 = getelementptr inbounds i8*, i8** %0, i64 67
  %359 = load i8*, i8** %358, align 8
  %360 = getelementptr inbounds i8, i8* %359, i64 2048
  %361 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %360, i8** %361, align 8
  %362 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_27(i8* %362, i64 0, i64 16)
  %363 = getelementptr inbounds i8*, i8** %0, i64 67
  %364 = load i8*, i8** %363, align 8
  %365 = getelementptr inbounds i8, i8* %364, i64 2048
  %366 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %365, i8** %366, align 8
  %367 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %367, i64 0, i64 1)
  %368 = getelementptr inbounds i8*, i8** %0, i64 67
  %369 = load i8*, i8** %368, align 8
  %370 = getelementptr inbounds i8, i8* %369, i64 1024
  %371 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %370, i8** %371, align 8
  %372 = getelementptr inbounds i8*, i8** %0, i64 67
  %373 = load i8*, i8** %372, align 8
  %374 = getelementptr inbounds i8, i8* %373, i64 15360
  %375 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %374, i8** %375, align 8
  %376 = getelementptr inbounds i8*, i8** %0, i64 67
  %377 = load i8*, i8** %376, align 8
  %378 = getelementptr inbounds i8, i8* %377, i64 2048
  %379 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %378, i8** %379, align 8
  %380 = getelementptr inbounds i8*, i8** %0, i64 67
  %381 = load i8*, i8** %380, align 8
  %382 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %381, i8** %382, align 8
  %383 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_29(i8* %383, i64 0, i64 16)
  %384 = getelementptr inbounds i8*, i8** %0, i64 67
  %385 = load i8*, i8** %384, align 8
  %386 = getelementptr inbounds i8, i8* %385, i64 1024
  %387 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %386, i8** %387, align 8
  %388 = getelementptr inbounds i8*, i8** %0, i64 67
  %389 = load i8*, i8** %388, align 8
  %390 = getelementptr inbounds i8, i8* %389, i64 16384
  %391 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %390, i8** %391, align 8
  %392 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_30(i8* %392, i64 0, i64 1)
  %393 = getelementptr inbounds i8*, i8** %0, i64 67
  %394 = load i8*, i8** %393, align 8
  %395 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %394, i8** %395, align 8
  %396 = getelementptr inbounds i8*, i8** %0, i64 7
  %397 = load i8*, i8** %396, align 8
  %398 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %397, i8** %398, align 8
  %399 = getelementptr inbounds i8*, i8** %0, i64 67
  %400 = load i8*, i8** %399, align 8
  %401 = getelementptr inbounds i8, i8* %400, i64 15360
  %402 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %401, i8** %402, align 8
  %403 = getelementptr inbounds i8*, i8** %0, i64 67
  %404 = load i8*, i8** %403, align 8
  %405 = getelementptr inbounds i8, i8* %404, i64 2048
  %406 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %405, i8** %406, align 8
  %407 = getelementptr inbounds i8*, i8** %0, i64 67
  %408 = load i8*, i8** %407, align 8
  %409 = getelementptr inbounds i8, i8* %408, i64 17600
  %410 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %409, i8** %410, align 8
  %411 = getelementptr inbounds i8*, i8** %0, i64 67
  %412 = load i8*, i8** %411, align 8
  %413 = getelementptr inbounds i8, i8* %412, i64 1024
  %414 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %413, i8** %414, align 8
  %415 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %415, i64 0, i64 16)
  %416 = getelementptr inbounds i8*, i8** %0, i64 67
  %417 = load i8*, i8** %416, align 8
  %418 = getelementptr inbounds i8, i8* %417, i64 1024
  %419 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %418, i8** %419, align 8
  %420 = getelementptr inbounds i8*, i8** %0, i64 6
  %421 = load i8*, i8** %420, align 8
  %422 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %421, i8** %422, align 8
  %423 = getelementptr inbounds i8*, i8** %0, i64 67
  %424 = load i8*, i8** %423, align 8
  %425 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %424, i8** %425, align 8
  %426 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %426, i64 0, i64 16)
  %427 = getelementptr inbounds i8*, i8** %0, i64 67
  %428 = load i8*, i8** %427, align 8
  %429 = getelementptr inbounds i8, i8* %428, i64 14336
  %430 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %429, i8** %430, align 8
  %431 = getelementptr inbounds i8*, i8** %0, i64 67
  %432 = load i8*, i8** %431, align 8
  %433 = getelementptr inbounds i8, i8* %432, i64 1024
  %434 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %433, i8** %434, align 8
  %435 = getelementptr inbounds i8*, i8** %0, i64 67
  %436 = load i8*, i8** %435, align 8
  %437 = getelementptr inbounds i8, i8* %436, i64 15360
  %438 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %437, i8** %438, align 8
  %439 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %439, i64 0, i64 16)
  %440 = getelementptr inbounds i8*, i8** %0, i64 67
  %441 = load i8*, i8** %440, align 8
  %442 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %441, i8** %442, align 8
  %443 = getelementptr inbounds i8*, i8** %0, i64 67
  %444 = load i8*, i8** %443, align 8
  %445 = getelementptr inbounds i8, i8* %444, i64 12288
  %446 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %445, i8** %446, align 8
  %447 = getelementptr inbounds i8*, i8** %0, i64 67
  %448 = load i8*, i8** %447, align 8
  %449 = getelementptr inbounds i8, i8* %448, i64 2048
  %450 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %449, i8** %450, align 8
  %451 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %451, i64 0, i64 32)
  %452 = getelementptr inbounds i8*, i8** %0, i64 67
  %453 = load i8*, i8** %452, align 8
  %454 = getelementptr inbounds i8, i8* %453, i64 13312
  %455 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %454, i8** %455, align 8
  %456 = getelementptr inbounds i8*, i8** %0, i64 67
  %457 = load i8*, i8** %456, align 8
  %458 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %457, i8** %458, align 8
  %459 = getelementptr inbounds i8*, i8** %0, i64 67
  %460 = load i8*, i8** %459, align 8
  %461 = getelementptr inbounds i8, i8* %460, i64 3072
  %462 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %461, i8** %462, align 8
  %463 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %463, i64 0, i64 32)
  %464 = getelementptr inbounds i8*, i8** %0, i64 67
  %465 = load i8*, i8** %464, align 8
  %466 = getelementptr inbounds i8, i8* %465, i64 2048
  %467 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %466, i8** %467, align 8
  %468 = getelementptr inbounds i8*, i8** %0, i64 67
  %469 = load i8*, i8** %468, align 8
  %470 = getelementptr inbounds i8, i8* %469, i64 13312
  %471 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %470, i8** %471, align 8
  %472 = getelementptr inbounds i8*, i8** %0, i64 67
  %473 = load i8*, i8** %472, align 8
  %474 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %473, i8** %474, align 8
  %475 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_35(i8* %475, i64 0, i64 32)
  %476 = getelementptr inbounds i8*, i8** %0, i64 67
  %477 = load i8*, i8** %476, align 8
  %478 = getelementptr inbounds i8, i8* %477, i64 2048
  %479 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %478, i8** %479, align 8
  %480 = getelementptr inbounds i8*, i8** %0, i64 67
  %481 = load i8*, i8** %480, align 8
  %482 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %481, i8** %482, align 8
  %483 = getelementptr inbounds i8*, i8** %0, i64 67
  %484 = load i8*, i8** %483, align 8
  %485 = getelementptr inbounds i8, i8* %484, i64 13312
  %486 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %485, i8** %486, align 8
  %487 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_36(i8* %487, i64 0, i64 32)
  %488 = getelementptr inbounds i8*, i8** %0, i64 67
  %489 = load i8*, i8** %488, align 8
  %490 = getelementptr inbounds i8, i8* %489, i64 2048
  %491 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %490, i8** %491, align 8
  %492 = getelementptr inbounds i8*, i8** %0, i64 67
  %493 = load i8*, i8** %492, align 8
  %494 = getelementptr inbounds i8, i8* %493, i64 11264
  %495 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %494, i8** %495, align 8
  %496 = getelementptr inbounds i8*, i8** %0, i64 67
  %497 = load i8*, i8** %496, align 8
  %498 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %497, i8** %498, align 8
  %499 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %499, i64 0, i64 32)
  %500 = getelementptr inbounds i8*, i8** %0, i64 67
  %501 = load i8*, i8** %500, align 8
  %502 = getelementptr inbounds i8, i8* %501, i64 2048
  %503 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %502, i8** %503, align 8
  %504 = getelementptr inbounds i8*, i8** %0, i64 67
  %505 = load i8*, i8** %504, align 8
  %506 = getelementptr inbounds i8, i8* %505, i64 10240
  %507 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %506, i8** %507, align 8
  %508 = getelementptr inbounds i8*, i8** %0, i64 67
  %509 = load i8*, i8** %508, align 8
  %510 = getelementptr inbounds i8, i8* %509, i64 11264
  %511 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %510, i8** %511, align 8
  %512 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %512, i64 0, i64 32)
  %513 = getelementptr inbounds i8*, i8** %0, i64 67
  %514 = load i8*, i8** %513, align 8
  %515 = getelementptr inbounds i8, i8* %514, i64 9216
  %516 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %515, i8** %516, align 8
  %517 = getelementptr inbounds i8*, i8** %0, i64 67
  %518 = load i8*, i8** %517, align 8
  %519 = getelementptr inbounds i8, i8* %518, i64 3072
  %520 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %519, i8** %520, align 8
  %521 = getelementptr inbounds i8*, i8** %0, i64 67
  %522 = load i8*, i8** %521, align 8
  %523 = getelementptr inbounds i8, i8* %522, i64 10240
  %524 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %523, i8** %524, align 8
  %525 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %525, i64 0, i64 16)
  %526 = getelementptr inbounds i8*, i8** %0, i64 67
  %527 = load i8*, i8** %526, align 8
  %528 = getelementptr inbounds i8, i8* %527, i64 11264
  %529 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %528, i8** %529, align 8
  %530 = getelementptr inbounds i8*, i8** %0, i64 4
  %531 = load i8*, i8** %530, align 8
  %532 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %531, i8** %532, align 8
  %533 = getelementptr inbounds i8*, i8** %0, i64 67
  %534 = load i8*, i8** %533, align 8
  %535 = getelementptr inbounds i8, i8* %534, i64 2048
  %536 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %535, i8** %536, align 8
  %537 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %537, i64 0, i64 16)
  %538 = getelementptr inbounds i8*, i8** %0, i64 67
  %539 = load i8*, i8** %538, align 8
  %540 = getelementptr inbounds i8, i8* %539, i64 9216
  %541 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %540, i8** %541, align 8
  %542 = getelementptr inbounds i8*, i8** %0, i64 67
  %543 = load i8*, i8** %542, align 8
  %544 = getelementptr inbounds i8, i8* %543, i64 11264
  %545 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %544, i8** %545, align 8
  %546 = getelementptr inbounds i8*, i8** %0, i64 67
  %547 = load i8*, i8** %546, align 8
  %548 = getelementptr inbounds i8, i8* %547, i64 12288
  %549 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %548, i8** %549, align 8
  %550 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %550, i64 0, i64 16)
  %551 = getelementptr inbounds i8*, i8** %0, i64 67
  %552 = load i8*, i8** %551, align 8
  %553 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %552, i8** %553, align 8
  %554 = getelementptr inbounds i8*, i8** %0, i64 3
  %555 = load i8*, i8** %554, align 8
  %556 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %555, i8** %556, align 8
  %557 = getelementptr inbounds i8*, i8** %0, i64 67
  %558 = load i8*, i8** %557, align 8
  %559 = getelementptr inbounds i8, i8* %558, i64 11264
  %560 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %559, i8** %560, align 8
  %561 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %561, i64 0, i64 16)
  %562 = getelementptr inbounds i8*, i8** %0, i64 67
  %563 = load i8*, i8** %562, align 8
  %564 = getelementptr inbounds i8, i8* %563, i64 9216
  %565 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %564, i8** %565, align 8
  %566 = getelementptr inbounds i8*, i8** %0, i64 67
  %567 = load i8*, i8** %566, align 8
  %568 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %567, i8** %568, align 8
  %569 = getelementptr inbounds i8*, i8** %0, i64 67
  %570 = load i8*, i8** %569, align 8
  %571 = getelementptr inbounds i8, i8* %570, i64 13312
  %572 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %571, i8** %572, align 8
  %573 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %573, i64 0, i64 16)
  %574 = getelementptr inbounds i8*, i8** %0, i64 67
  %575 = load i8*, i8** %574, align 8
  %576 = getelementptr inbounds i8, i8* %575, i64 3072
  %577 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %576, i8** %577, align 8
  %578 = getelementptr inbounds i8*, i8** %0, i64 5
  %579 = load i8*, i8** %578, align 8
  %580 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %579, i8** %580, align 8
  %581 = getelementptr inbounds i8*, i8** %0, i64 67
  %582 = load i8*, i8** %581, align 8
  %583 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %582, i8** %583, align 8
  %584 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %584, i64 0, i64 16)
  %585 = getelementptr inbounds i8*, i8** %0, i64 67
  %586 = load i8*, i8** %585, align 8
  %587 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %586, i8** %587, align 8
  %588 = getelementptr inbounds i8*, i8** %0, i64 67
  %589 = load i8*, i8** %588, align 8
  %590 = getelementptr inbounds i8, i8* %589, i64 2048
  %591 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %590, i8** %591, align 8
  %592 = getelementptr inbounds i8*, i8** %0, i64 67
  %593 = load i8*, i8** %592, align 8
  %594 = getelementptr inbounds i8, i8* %593, i64 11264
  %595 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %594, i8** %595, align 8
  %596 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_37(i8* %596, i64 0, i64 1)
  %597 = getelementptr inbounds i8*, i8** %0, i64 67
  %598 = load i8*, i8** %597, align 8
  %599 = getelementptr inbounds i8, i8* %598, i64 8192
  %600 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %599, i8** %600, align 8
  %601 = getelementptr inbounds i8*, i8** %0, i64 67
  %602 = load i8*, i8** %601, align 8
  %603 = getelementptr inbounds i8, i8* %602, i64 3072
  %604 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %603, i8** %604, align 8
  %605 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_27(i8* %605, i64 0, i64 16)
  %606 = getelementptr inbounds i8*, i8** %0, i64 67
  %607 = load i8*, i8** %606, align 8
  %608 = getelementptr inbounds i8, i8* %607, i64 3072
  %609 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %608, i8** %609, align 8
  %610 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %610, i64 0, i64 1)
  %611 = getelementptr inbounds i8*, i8** %0, i64 67
  %612 = load i8*, i8** %611, align 8
  %613 = getelementptr inbounds i8, i8* %612, i64 2048
  %614 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %613, i8** %614, align 8
  %615 = getelementptr inbounds i8*, i8** %0, i64 67
  %616 = load i8*, i8** %615, align 8
  %617 = getelementptr inbounds i8, i8* %616, i64 8192
  %618 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %617, i8** %618, align 8
  %619 = getelementptr inbounds i8*, i8** %0, i64 67
  %620 = load i8*, i8** %619, align 8
  %621 = getelementptr inbounds i8, i8* %620, i64 3072
  %622 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %621, i8** %622, align 8
  %623 = getelementptr inbounds i8*, i8** %0, i64 67
  %624 = load i8*, i8** %623, align 8
  %625 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %624, i8** %625, align 8
  %626 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_29(i8* %626, i64 0, i64 16)
  %627 = getelementptr inbounds i8*, i8** %0, i64 67
  %628 = load i8*, i8** %627, align 8
  %629 = getelementptr inbounds i8, i8* %628, i64 2048
  %630 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %629, i8** %630, align 8
  %631 = getelementptr inbounds i8*, i8** %0, i64 67
  %632 = load i8*, i8** %631, align 8
  %633 = getelementptr inbounds i8, i8* %632, i64 3200
  %634 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %633, i8** %634, align 8
  %635 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_30(i8* %635, i64 0, i64 1)
  %636 = getelementptr inbounds i8*, i8** %0, i64 67
  %637 = load i8*, i8** %636, align 8
  %638 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %637, i8** %638, align 8
  %639 = getelementptr inbounds i8*, i8** %0, i64 2
  %640 = load i8*, i8** %639, align 8
  %641 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %640, i8** %641, align 8
  %642 = getelementptr inbounds i8*, i8** %0, i64 67
  %643 = load i8*, i8** %642, align 8
  %644 = getelementptr inbounds i8, i8* %643, i64 8192
  %645 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %644, i8** %645, align 8
  %646 = getelementptr inbounds i8*, i8** %0, i64 67
  %647 = load i8*, i8** %646, align 8
  %648 = getelementptr inbounds i8, i8* %647, i64 3072
  %649 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %648, i8** %649, align 8
  %650 = getelementptr inbounds i8*, i8** %0, i64 67
  %651 = load i8*, i8** %650, align 8
  %652 = getelementptr inbounds i8, i8* %651, i64 1024
  %653 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %652, i8** %653, align 8
  %654 = getelementptr inbounds i8*, i8** %0, i64 67
  %655 = load i8*, i8** %654, align 8
  %656 = getelementptr inbounds i8, i8* %655, i64 9216
  %657 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %656, i8** %657, align 8
  %658 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_38(i8* %658, i64 0, i64 16)
  %659 = getelementptr inbounds i8*, i8** %0, i64 31
  %660 = load i8*, i8** %659, align 8
  %661 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %660, i8** %661, align 8
  %662 = bitcast i8** %pointers to i8*
  %663 = call i1 @eptc_check_1(i8* %662)
  br i1 %663, label %invalid5, label %valid6

invalid5:                                         ; preds = %valid4
  ret i32 93

valid6:                                           ; preds = %valid4
  %664 = getelementptr inbounds i8*, i8** %0, i64 67
  %665 = load i8*, i8** %664, align 8
  %666 = getelementptr inbounds i8, i8* %665, i64 9216
  %667 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %666, i8** %667, align 8
  %668 = getelementptr inbounds i8*, i8** %0, i64 31
  %669 = load i8*, i8** %668, align 8
  %670 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %669, i8** %670, align 8
  %671 = getelementptr inbounds i8*, i8** %0, i64 67
  %672 = load i8*, i8** %671, align 8
  %673 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %672, i8** %673, align 8
  %674 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_39(i8* %674, i64 0, i64 1)
  %675 = getelementptr inbounds i8*, i8** %0, i64 67
  %676 = load i8*, i8** %675, align 8
  %677 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %676, i8** %677, align 8
  %678 = getelementptr inbounds i8*, i8** %0, i64 67
  %679 = load i8*, i8** %678, align 8
  %680 = getelementptr inbounds i8, i8* %679, i64 3264
  %681 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %680, i8** %681, align 8
  %682 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %682, i64 0, i64 1)
  %683 = getelementptr inbounds i8*, i8** %0, i64 67
  %684 = load i8*, i8** %683, align 8
  %685 = getelementptr inbounds i8, i8* %684, i64 17408
  %686 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %685, i8** %686, align 8
  %687 = getelementptr inbounds i8*, i8** %0, i64 67
  %688 = load i8*, i8** %687, align 8
  %689 = getelementptr inbounds i8, i8* %688, i64 3328
  %690 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %689, i8** %690, align 8
  %691 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_41(i8* %691, i64 0, i64 1)
  %692 = getelementptr inbounds i8*, i8** %0, i64 67
  %693 = load i8*, i8** %692, align 8
  %694 = getelementptr inbounds i8, i8* %693, i64 3200
  %695 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %694, i8** %695, align 8
  %696 = getelementptr inbounds i8*, i8** %0, i64 67
  %697 = load i8*, i8** %696, align 8
  %698 = getelementptr inbounds i8, i8* %697, i64 3392
  %699 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %698, i8** %699, align 8
  %700 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_42(i8* %700, i64 0, i64 1)
  %701 = getelementptr inbounds i8*, i8** %0, i64 67
  %702 = load i8*, i8** %701, align 8
  %703 = getelementptr inbounds i8, i8* %702, i64 13312
  %704 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %703, i8** %704, align 8
  %705 = getelementptr inbounds i8*, i8** %0, i64 67
  %706 = load i8*, i8** %705, align 8
  %707 = getelementptr inbounds i8, i8* %706, i64 3456
  %708 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %707, i8** %708, align 8
  %709 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %709, i64 0, i64 1)
  %710 = getelementptr inbounds i8*, i8** %0, i64 67
  %711 = load i8*, i8** %710, align 8
  %712 = getelementptr inbounds i8, i8* %711, i64 12288
  %713 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %712, i8** %713, align 8
  %714 = getelementptr inbounds i8*, i8** %0, i64 67
  %715 = load i8*, i8** %714, align 8
  %716 = getelementptr inbounds i8, i8* %715, i64 3520
  %717 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %716, i8** %717, align 8
  %718 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %718, i64 0, i64 1)
  %719 = getelementptr inbounds i8*, i8** %0, i64 67
  %720 = load i8*, i8** %719, align 8
  %721 = getelementptr inbounds i8, i8* %720, i64 10240
  %722 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %721, i8** %722, align 8
  %723 = getelementptr inbounds i8*, i8** %0, i64 67
  %724 = load i8*, i8** %723, align 8
  %725 = getelementptr inbounds i8, i8* %724, i64 3584
  %726 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %725, i8** %726, align 8
  %727 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %727, i64 0, i64 1)
  %728 = getelementptr inbounds i8*, i8** %0, i64 67
  %729 = load i8*, i8** %728, align 8
  %730 = getelementptr inbounds i8, i8* %729, i64 15360
  %731 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %730, i8** %731, align 8
  %732 = getelementptr inbounds i8*, i8** %0, i64 67
  %733 = load i8*, i8** %732, align 8
  %734 = getelementptr inbounds i8, i8* %733, i64 3648
  %735 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %734, i8** %735, align 8
  %736 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %736, i64 0, i64 1)
  %737 = getelementptr inbounds i8*, i8** %0, i64 67
  %738 = load i8*, i8** %737, align 8
  %739 = getelementptr inbounds i8, i8* %738, i64 16384
  %740 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %739, i8** %740, align 8
  %741 = getelementptr inbounds i8*, i8** %0, i64 67
  %742 = load i8*, i8** %741, align 8
  %743 = getelementptr inbounds i8, i8* %742, i64 3712
  %744 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %743, i8** %744, align 8
  %745 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_42(i8* %745, i64 0, i64 1)
  %746 = getelementptr inbounds i8*, i8** %0, i64 67
  %747 = load i8*, i8** %746, align 8
  %748 = getelementptr inbounds i8, i8* %747, i64 6144
  %749 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %748, i8** %749, align 8
  %750 = getelementptr inbounds i8*, i8** %0, i64 67
  %751 = load i8*, i8** %750, align 8
  %752 = getelementptr inbounds i8, i8* %751, i64 3776
  %753 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %752, i8** %753, align 8
  %754 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_44(i8* %754, i64 0, i64 1)
  %755 = getelementptr inbounds i8*, i8** %0, i64 67
  %756 = load i8*, i8** %755, align 8
  %757 = getelementptr inbounds i8, i8* %756, i64 4096
  %758 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %757, i8** %758, align 8
  %759 = getelementptr inbounds i8*, i8** %0, i64 67
  %760 = load i8*, i8** %759, align 8
  %761 = getelementptr inbounds i8, i8* %760, i64 3840
  %762 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %761, i8** %762, align 8
  %763 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_44(i8* %763, i64 0, i64 1)
  %764 = getelementptr inbounds i8*, i8** %0, i64 35
  %765 = load i8*, i8** %764, align 8
  %766 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %765, i8** %766, align 8
  %767 = getelementptr inbounds i8*, i8** %0, i64 67
  %768 = load i8*, i8** %767, align 8
  %769 = getelementptr inbounds i8, i8* %768, i64 3264
  %770 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %769, i8** %770, align 8
  %771 = getelementptr inbounds i8*, i8** %0, i64 67
  %772 = load i8*, i8** %771, align 8
  %773 = getelementptr inbounds i8, i8* %772, i64 3328
  %774 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %773, i8** %774, align 8
  %775 = getelementptr inbounds i8*, i8** %0, i64 67
  %776 = load i8*, i8** %775, align 8
  %777 = getelementptr inbounds i8, i8* %776, i64 3392
  %778 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %777, i8** %778, align 8
  %779 = getelementptr inbounds i8*, i8** %0, i64 67
  %780 = load i8*, i8** %779, align 8
  %781 = getelementptr inbounds i8, i8* %780, i64 3456
  %782 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %781, i8** %782, align 8
  %783 = getelementptr inbounds i8*, i8** %0, i64 67
  %784 = load i8*, i8** %783, align 8
  %785 = getelementptr inbounds i8, i8* %784, i64 3520
  %786 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %785, i8** %786, align 8
  %787 = getelementptr inbounds i8*, i8** %0, i64 67
  %788 = load i8*, i8** %787, align 8
  %789 = getelementptr inbounds i8, i8* %788, i64 3584
  %790 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %789, i8** %790, align 8
  %791 = getelementptr inbounds i8*, i8** %0, i64 67
  %792 = load i8*, i8** %791, align 8
  %793 = getelementptr inbounds i8, i8* %792, i64 3648
  %794 = getelementptr inbounds i8*, i8** %pointers, i64 7
  store i8* %793, i8** %794, align 8
  %795 = getelementptr inbounds i8*, i8** %0, i64 67
  %796 = load i8*, i8** %795, align 8
  %797 = getelementptr inbounds i8, i8* %796, i64 3712
  %798 = getelementptr inbounds i8*, i8** %pointers, i64 8
  store i8* %797, i8** %798, align 8
  %799 = getelementptr inbounds i8*, i8** %0, i64 67
  %800 = load i8*, i8** %799, align 8
  %801 = getelementptr inbounds i8, i8* %800, i64 3776
  %802 = getelementptr inbounds i8*, i8** %pointers, i64 9
  store i8* %801, i8** %802, align 8
  %803 = getelementptr inbounds i8*, i8** %0, i64 67
  %804 = load i8*, i8** %803, align 8
  %805 = getelementptr inbounds i8, i8* %804, i64 3840
  %806 = getelementptr inbounds i8*, i8** %pointers, i64 10
  store i8* %805, i8** %806, align 8
  %807 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_45(i8* %807, i64 0, i64 1)
  %808 = getelementptr inbounds i8*, i8** %0, i64 10
  %809 = load i8*, i8** %808, align 8
  %810 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %809, i8** %810, align 8
  %811 = getelementptr inbounds i8*, i8** %0, i64 67
  %812 = load i8*, i8** %811, align 8
  %813 = getelementptr inbounds i8, i8* %812, i64 17728
  %814 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %813, i8** %814, align 8
  %815 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %815, i64 0, i64 1)
  %816 = getelementptr inbounds i8*, i8** %0, i64 0
  %817 = load i8*, i8** %816, align 8
  %818 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %817, i8** %818, align 8
  %819 = getelementptr inbounds i8*, i8** %0, i64 12
  %820 = load i8*, i8** %819, align 8
  %821 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %820, i8** %821, align 8
  %822 = getelementptr inbounds i8*, i8** %0, i64 11
  %823 = load i8*, i8** %822, align 8
  %824 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %823, i8** %824, align 8
  %825 = getelementptr inbounds i8*, i8** %0, i64 67
  %826 = load i8*, i8** %825, align 8
  %827 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %826, i8** %827, align 8
  %828 = getelementptr inbounds i8*, i8** %0, i64 10
  %829 = load i8*, i8** %828, align 8
  %830 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %829, i8** %830, align 8
  %831 = getelementptr inbounds i8*, i8** %0, i64 33
  %832 = load i8*, i8** %831, align 8
  %833 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %832, i8** %833, align 8
  %834 = getelementptr inbounds i8*, i8** %0, i64 35
  %835 = load i8*, i8** %834, align 8
  %836 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %835, i8** %836, align 8
  %837 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %837, i64 0, i64 1)
  %838 = getelementptr inbounds i8*, i8** %0, i64 1
  %839 = load i8*, i8** %838, align 8
  %840 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %839, i8** %840, align 8
  %841 = getelementptr inbounds i8*, i8** %0, i64 14
  %842 = load i8*, i8** %841, align 8
  %843 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %842, i8** %843, align 8
  %844 = getelementptr inbounds i8*, i8** %0, i64 13
  %845 = load i8*, i8** %844, align 8
  %846 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %845, i8** %846, align 8
  %847 = getelementptr inbounds i8*, i8** %0, i64 67
  %848 = load i8*, i8** %847, align 8
  %849 = getelementptr inbounds i8, i8* %848, i64 17408
  %850 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %849, i8** %850, align 8
  %851 = getelementptr inbounds i8*, i8** %0, i64 10
  %852 = load i8*, i8** %851, align 8
  %853 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %852, i8** %853, align 8
  %854 = getelementptr inbounds i8*, i8** %0, i64 33
  %855 = load i8*, i8** %854, align 8
  %856 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %855, i8** %856, align 8
  %857 = getelementptr inbounds i8*, i8** %0, i64 35
  %858 = load i8*, i8** %857, align 8
  %859 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %858, i8** %859, align 8
  %860 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_48(i8* %860, i64 0, i64 1)
  %861 = getelementptr inbounds i8*, i8** %0, i64 2
  %862 = load i8*, i8** %861, align 8
  %863 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %862, i8** %863, align 8
  %864 = getelementptr inbounds i8*, i8** %0, i64 16
  %865 = load i8*, i8** %864, align 8
  %866 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %865, i8** %866, align 8
  %867 = getelementptr inbounds i8*, i8** %0, i64 15
  %868 = load i8*, i8** %867, align 8
  %869 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %868, i8** %869, align 8
  %870 = getelementptr inbounds i8*, i8** %0, i64 67
  %871 = load i8*, i8** %870, align 8
  %872 = getelementptr inbounds i8, i8* %871, i64 3200
  %873 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %872, i8** %873, align 8
  %874 = getelementptr inbounds i8*, i8** %0, i64 10
  %875 = load i8*, i8** %874, align 8
  %876 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %875, i8** %876, align 8
  %877 = getelementptr inbounds i8*, i8** %0, i64 33
  %878 = load i8*, i8** %877, align 8
  %879 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %878, i8** %879, align 8
  %880 = getelementptr inbounds i8*, i8** %0, i64 35
  %881 = load i8*, i8** %880, align 8
  %882 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %881, i8** %882, align 8
  %883 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_49(i8* %883, i64 0, i64 1)
  %884 = getelementptr inbounds i8*, i8** %0, i64 3
  %885 = load i8*, i8** %884, align 8
  %886 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %885, i8** %886, align 8
  %887 = getelementptr inbounds i8*, i8** %0, i64 18
  %888 = load i8*, i8** %887, align 8
  %889 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %888, i8** %889, align 8
  %890 = getelementptr inbounds i8*, i8** %0, i64 17
  %891 = load i8*, i8** %890, align 8
  %892 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %891, i8** %892, align 8
  %893 = getelementptr inbounds i8*, i8** %0, i64 67
  %894 = load i8*, i8** %893, align 8
  %895 = getelementptr inbounds i8, i8* %894, i64 13312
  %896 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %895, i8** %896, align 8
  %897 = getelementptr inbounds i8*, i8** %0, i64 10
  %898 = load i8*, i8** %897, align 8
  %899 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %898, i8** %899, align 8
  %900 = getelementptr inbounds i8*, i8** %0, i64 33
  %901 = load i8*, i8** %900, align 8
  %902 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %901, i8** %902, align 8
  %903 = getelementptr inbounds i8*, i8** %0, i64 35
  %904 = load i8*, i8** %903, align 8
  %905 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %904, i8** %905, align 8
  %906 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_50(i8* %906, i64 0, i64 1)
  %907 = getelementptr inbounds i8*, i8** %0, i64 4
  %908 = load i8*, i8** %907, align 8
  %909 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %908, i8** %909, align 8
  %910 = getelementptr inbounds i8*, i8** %0, i64 20
  %911 = load i8*, i8** %910, align 8
  %912 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %911, i8** %912, align 8
  %913 = getelementptr inbounds i8*, i8** %0, i64 19
  %914 = load i8*, i8** %913, align 8
  %915 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %914, i8** %915, align 8
  %916 = getelementptr inbounds i8*, i8** %0, i64 67
  %917 = load i8*, i8** %916, align 8
  %918 = getelementptr inbounds i8, i8* %917, i64 12288
  %919 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %918, i8** %919, align 8
  %920 = getelementptr inbounds i8*, i8** %0, i64 10
  %921 = load i8*, i8** %920, align 8
  %922 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %921, i8** %922, align 8
  %923 = getelementptr inbounds i8*, i8** %0, i64 33
  %924 = load i8*, i8** %923, align 8
  %925 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %924, i8** %925, align 8
  %926 = getelementptr inbounds i8*, i8** %0, i64 35
  %927 = load i8*, i8** %926, align 8
  %928 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %927, i8** %928, align 8
  %929 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_50(i8* %929, i64 0, i64 1)
  %930 = getelementptr inbounds i8*, i8** %0, i64 5
  %931 = load i8*, i8** %930, align 8
  %932 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %931, i8** %932, align 8
  %933 = getelementptr inbounds i8*, i8** %0, i64 22
  %934 = load i8*, i8** %933, align 8
  %935 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %934, i8** %935, align 8
  %936 = getelementptr inbounds i8*, i8** %0, i64 21
  %937 = load i8*, i8** %936, align 8
  %938 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %937, i8** %938, align 8
  %939 = getelementptr inbounds i8*, i8** %0, i64 67
  %940 = load i8*, i8** %939, align 8
  %941 = getelementptr inbounds i8, i8* %940, i64 10240
  %942 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %941, i8** %942, align 8
  %943 = getelementptr inbounds i8*, i8** %0, i64 10
  %944 = load i8*, i8** %943, align 8
  %945 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %944, i8** %945, align 8
  %946 = getelementptr inbounds i8*, i8** %0, i64 33
  %947 = load i8*, i8** %946, align 8
  %948 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %947, i8** %948, align 8
  %949 = getelementptr inbounds i8*, i8** %0, i64 35
  %950 = load i8*, i8** %949, align 8
  %951 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %950, i8** %951, align 8
  %952 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_50(i8* %952, i64 0, i64 1)
  %953 = getelementptr inbounds i8*, i8** %0, i64 6
  %954 = load i8*, i8** %953, align 8
  %955 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %954, i8** %955, align 8
  %956 = getelementptr inbounds i8*, i8** %0, i64 24
  %957 = load i8*, i8** %956, align 8
  %958 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %957, i8** %958, align 8
  %959 = getelementptr inbounds i8*, i8** %0, i64 23
  %960 = load i8*, i8** %959, align 8
  %961 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %960, i8** %961, align 8
  %962 = getelementptr inbounds i8*, i8** %0, i64 67
  %963 = load i8*, i8** %962, align 8
  %964 = getelementptr inbounds i8, i8* %963, i64 15360
  %965 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %964, i8** %965, align 8
  %966 = getelementptr inbounds i8*, i8** %0, i64 10
  %967 = load i8*, i8** %966, align 8
  %968 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %967, i8** %968, align 8
  %969 = getelementptr inbounds i8*, i8** %0, i64 33
  %970 = load i8*, i8** %969, align 8
  %971 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %970, i8** %971, align 8
  %972 = getelementptr inbounds i8*, i8** %0, i64 35
  %973 = load i8*, i8** %972, align 8
  %974 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %973, i8** %974, align 8
  %975 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_50(i8* %975, i64 0, i64 1)
  %976 = getelementptr inbounds i8*, i8** %0, i64 7
  %977 = load i8*, i8** %976, align 8
  %978 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %977, i8** %978, align 8
  %979 = getelementptr inbounds i8*, i8** %0, i64 26
  %980 = load i8*, i8** %979, align 8
  %981 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %980, i8** %981, align 8
  %982 = getelementptr inbounds i8*, i8** %0, i64 25
  %983 = load i8*, i8** %982, align 8
  %984 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %983, i8** %984, align 8
  %985 = getelementptr inbounds i8*, i8** %0, i64 67
  %986 = load i8*, i8** %985, align 8
  %987 = getelementptr inbounds i8, i8* %986, i64 16384
  %988 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %987, i8** %988, align 8
  %989 = getelementptr inbounds i8*, i8** %0, i64 10
  %990 = load i8*, i8** %989, align 8
  %991 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %990, i8** %991, align 8
  %992 = getelementptr inbounds i8*, i8** %0, i64 33
  %993 = load i8*, i8** %992, align 8
  %994 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %993, i8** %994, align 8
  %995 = getelementptr inbounds i8*, i8** %0, i64 35
  %996 = load i8*, i8** %995, align 8
  %997 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %996, i8** %997, align 8
  %998 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_49(i8* %998, i64 0, i64 1)
  %999 = getelementptr inbounds i8*, i8** %0, i64 8
  %1000 = load i8*, i8** %999, align 8
  %1001 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1000, i8** %1001, align 8
  %1002 = getelementptr inbounds i8*, i8** %0, i64 28
  %1003 = load i8*, i8** %1002, align 8
  %1004 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1003, i8** %1004, align 8
  %1005 = getelementptr inbounds i8*, i8** %0, i64 27
  %1006 = load i8*, i8** %1005, align 8
  %1007 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1006, i8** %1007, align 8
  %1008 = getelementptr inbounds i8*, i8** %0, i64 67
  %1009 = load i8*, i8** %1008, align 8
  %1010 = getelementptr inbounds i8, i8* %1009, i64 6144
  %1011 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %1010, i8** %1011, align 8
  %1012 = getelementptr inbounds i8*, i8** %0, i64 10
  %1013 = load i8*, i8** %1012, align 8
  %1014 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %1013, i8** %1014, align 8
  %1015 = getelementptr inbounds i8*, i8** %0, i64 33
  %1016 = load i8*, i8** %1015, align 8
  %1017 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %1016, i8** %1017, align 8
  %1018 = getelementptr inbounds i8*, i8** %0, i64 35
  %1019 = load i8*, i8** %1018, align 8
  %1020 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %1019, i8** %1020, align 8
  %1021 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_51(i8* %1021, i64 0, i64 1)
  %1022 = getelementptr inbounds i8*, i8** %0, i64 9
  %1023 = load i8*, i8** %1022, align 8
  %1024 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1023, i8** %1024, align 8
  %1025 = getelementptr inbounds i8*, i8** %0, i64 30
  %1026 = load i8*, i8** %1025, align 8
  %1027 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1026, i8** %1027, align 8
  %1028 = getelementptr inbounds i8*, i8** %0, i64 29
  %1029 = load i8*, i8** %1028, align 8
  %1030 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1029, i8** %1030, align 8
  %1031 = getelementptr inbounds i8*, i8** %0, i64 67
  %1032 = load i8*, i8** %1031, align 8
  %1033 = getelementptr inbounds i8, i8* %1032, i64 4096
  %1034 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %1033, i8** %1034, align 8
  %1035 = getelementptr inbounds i8*, i8** %0, i64 10
  %1036 = load i8*, i8** %1035, align 8
  %1037 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %1036, i8** %1037, align 8
  %1038 = getelementptr inbounds i8*, i8** %0, i64 33
  %1039 = load i8*, i8** %1038, align 8
  %1040 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %1039, i8** %1040, align 8
  %1041 = getelementptr inbounds i8*, i8** %0, i64 35
  %1042 = load i8*, i8** %1041, align 8
  %1043 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %1042, i8** %1043, align 8
  %1044 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_51(i8* %1044, i64 0, i64 1)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i1 @eptc_check_1(i8* %0) #1 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i1 true

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %11, %checked ]
  %5 = icmp slt i64 %i, 16
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds i32, i32* %4, i64 %i
  %7 = load i32, i32* %6, align 4
  %8 = icmp slt i32 %7, 0
  %9 = icmp sge i32 %7, 50
  %10 = or i1 %8, %9
  br i1 %10, label %invalid, label %checked

exit:                                             ; preds = %loop
  ret i1 false

checked:                                          ; preds = %body
  %11 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_1(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds i32, i32* %9, i64 %i
  %15 = load i32, i32* %14, align 4
  %16 = sext i32 %15 to i64
  %17 = mul i64 %16, 16
  %18 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %25, %body2 ]
  %19 = icmp slt i64 %i4, 16
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %17, %i4
  %21 = getelementptr inbounds float, float* %6, i64 %20
  %22 = load float, float* %21, align 4
  %23 = add i64 %18, %i4
  %24 = getelementptr inbounds float, float* %12, i64 %23
  store float %22, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_2(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit19, %entry
  %i = phi i64 [ %1, %entry ], [ %93, %exit19 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %64, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %27, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %33, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %39, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %45, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %57, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %63, %body2 ]
  %15 = icmp slt i64 %i4, 16
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 %i4, 0
  %17 = add i64 %14, %16
  %18 = getelementptr inbounds float, float* %6, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = fadd float %acc, %20
  %22 = add i64 %i4, 1
  %23 = add i64 %14, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fmul float %25, %25
  %27 = fadd float %acc5, %26
  %28 = add i64 %i4, 2
  %29 = add i64 %14, %28
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %31, %31
  %33 = fadd float %acc6, %32
  %34 = add i64 %i4, 3
  %35 = add i64 %14, %34
  %36 = getelementptr inbounds float, float* %6, i64 %35
  %37 = load float, float* %36, align 4
  %38 = fmul float %37, %37
  %39 = fadd float %acc7, %38
  %40 = add i64 %i4, 4
  %41 = add i64 %14, %40
  %42 = getelementptr inbounds float, float* %6, i64 %41
  %43 = load float, float* %42, align 4
  %44 = fmul float %43, %43
  %45 = fadd float %acc8, %44
  %46 = add i64 %i4, 5
  %47 = add i64 %14, %46
  %48 = getelementptr inbounds float, float* %6, i64 %47
  %49 = load float, float* %48, align 4
  %50 = fmul float %49, %49
  %51 = fadd float %acc9, %50
  %52 = add i64 %i4, 6
  %53 = add i64 %14, %52
  %54 = getelementptr inbounds float, float* %6, i64 %53
  %55 = load float, float* %54, align 4
  %56 = fmul float %55, %55
  %57 = fadd float %acc10, %56
  %58 = add i64 %i4, 7
  %59 = add i64 %14, %58
  %60 = getelementptr inbounds float, float* %6, i64 %59
  %61 = load float, float* %60, align 4
  %62 = fmul float %61, %61
  %63 = fadd float %acc11, %62
  %64 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %65 = fadd float %acc, %acc5
  %66 = fadd float %acc6, %acc7
  %67 = fadd float %acc8, %acc9
  %68 = fadd float %acc10, %acc11
  %69 = fadd float %65, %66
  %70 = fadd float %67, %68
  %71 = fadd float %69, %70
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %78, %body13 ]
  %acc16 = phi float [ %71, %exit3 ], [ %77, %body13 ]
  %72 = icmp slt i64 %i15, 16
  br i1 %72, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %73 = add i64 %14, %i15
  %74 = getelementptr inbounds float, float* %6, i64 %73
  %75 = load float, float* %74, align 4
  %76 = fmul float %75, %75
  %77 = fadd float %acc16, %76
  %78 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %79 = fdiv float %acc16, 1.600000e+01
  %80 = fadd float %79, 0x3EB0C6F7A0000000
  %81 = call float @llvm.sqrt.f32(float %80)
  %82 = fdiv float 1.000000e+00, %81
  br label %loop17

loop17:                                           ; preds = %body18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %92, %body18 ]
  %83 = icmp slt i64 %i20, 16
  br i1 %83, label %body18, label %exit19

body18:                                           ; preds = %loop17
  %84 = add i64 %14, %i20
  %85 = getelementptr inbounds float, float* %6, i64 %84
  %86 = load float, float* %85, align 4
  %87 = fmul float %86, %82
  %88 = getelementptr inbounds float, float* %9, i64 %i20
  %89 = load float, float* %88, align 4
  %90 = fmul float %87, %89
  %91 = getelementptr inbounds float, float* %12, i64 %84
  store float %90, float* %91, align 4
  %92 = add i64 %i20, 1
  br label %loop17

exit19:                                           ; preds = %loop17
  %93 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_3(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 128
  %19 = mul i64 %15, 16
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 16
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 16
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 16
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 16
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_4(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = sdiv i64 %14, 2
  %17 = srem i64 %14, 2
  %18 = mul i64 %16, 128
  %19 = mul i64 %17, 8
  %20 = add i64 %18, %19
  %21 = sdiv i64 %14, 2
  %22 = srem i64 %14, 2
  %23 = mul i64 %21, 128
  %24 = mul i64 %22, 8
  %25 = add i64 %23, %24
  %26 = mul i64 %14, 64
  %27 = mul i64 %15, 8
  %28 = add i64 %26, %27
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %47, %exit7 ]
  %29 = icmp slt i64 %i4, 8
  br i1 %29, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %30 = mul i64 %i4, 16
  %31 = add i64 %25, %30
  br label %loop5

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %44, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %43, %body6 ]
  %33 = icmp slt i64 %i8, 8
  br i1 %33, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %34 = mul i64 %15, 16
  %35 = add i64 %34, %i8
  %36 = add i64 %20, %35
  %37 = getelementptr inbounds float, float* %6, i64 %36
  %38 = load float, float* %37, align 4
  %39 = add i64 %31, %i8
  %40 = getelementptr inbounds float, float* %9, i64 %39
  %41 = load float, float* %40, align 4
  %42 = fmul float %38, %41
  %43 = fadd float %acc, %42
  %44 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %45 = add i64 %28, %i4
  %46 = getelementptr inbounds float, float* %12, i64 %45
  store float %acc, float* %46, align 4
  %47 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_5(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit20, %entry
  %i = phi i64 [ %1, %entry ], [ %82, %exit20 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 8
  %12 = mul i64 %i, 8
  %13 = add i64 0, %12
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %22, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = add i64 %13, %i4
  %16 = getelementptr inbounds float, float* %6, i64 %15
  %17 = load float, float* %16, align 4
  %18 = add i64 %11, %i4
  %19 = fmul float %17, 0x3FD6A09E60000000
  %20 = add i64 %11, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  store float %19, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = getelementptr inbounds float, float* %9, i64 %11
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %31, %body6 ]
  %acc = phi float [ 0xFFF0000000000000, %exit3 ], [ %30, %body6 ]
  %24 = icmp slt i64 %i8, 8
  br i1 %24, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %25 = getelementptr inbounds float, float* %23, i64 %i8
  %26 = load float, float* %25, align 4
  %27 = fcmp uno float %acc, %26
  %28 = fcmp ogt float %26, %acc
  %29 = select i1 %28, float %26, float %acc
  %30 = select i1 %27, float 0x7FF8000000000000, float %29
  %31 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  br label %loop9

loop9:                                            ; preds = %body10, %exit7
  %i12 = phi i64 [ 0, %exit7 ], [ %67, %body10 ]
  %32 = icmp slt i64 %i12, 8
  br i1 %32, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %33 = add i64 %11, %i12
  %34 = getelementptr inbounds float, float* %9, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fsub float %35, %acc
  %37 = fcmp oge float %36, -1.100000e+02
  %38 = select i1 %37, float %36, float -1.100000e+02
  %39 = fcmp ole float %38, 1.000000e+02
  %40 = select i1 %39, float %38, float 1.000000e+02
  %41 = fmul float %40, 0x3FF7154760000000
  %42 = call float @llvm.rint.f32(float %41)
  %43 = call float @llvm.fmuladd.f32(float %42, float 0xBFE6300000000000, float %40)
  %44 = call float @llvm.fmuladd.f32(float %42, float 0x3F2BD01060000000, float %43)
  %45 = fmul float %44, %44
  %46 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %44, float 0x3F81239880000000)
  %47 = call float @llvm.fmuladd.f32(float %46, float %44, float 0x3FA5558AE0000000)
  %48 = call float @llvm.fmuladd.f32(float %47, float %44, float 0x3FC5554920000000)
  %49 = call float @llvm.fmuladd.f32(float %48, float %44, float 0x3FDFFFFFC0000000)
  %50 = call float @llvm.fmuladd.f32(float %45, float %49, float %44)
  %51 = fadd float %50, 1.000000e+00
  %52 = fptosi float %42 to i32
  %53 = ashr i32 %52, 1
  %54 = sub i32 %52, %53
  %55 = add i32 %53, 127
  %56 = shl i32 %55, 23
  %57 = bitcast i32 %56 to float
  %58 = fmul float %51, %57
  %59 = add i32 %54, 127
  %60 = shl i32 %59, 23
  %61 = bitcast i32 %60 to float
  %62 = fmul float %58, %61
  %63 = fcmp uno float %36, %36
  %64 = select i1 %63, float %36, float %62
  %65 = add i64 %11, %i12
  %66 = getelementptr inbounds float, float* %9, i64 %65
  store float %64, float* %66, align 4
  %67 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %68 = getelementptr inbounds float, float* %9, i64 %11
  br label %loop13

loop13:                                           ; preds = %body14, %exit11
  %i16 = phi i64 [ 0, %exit11 ], [ %73, %body14 ]
  %acc17 = phi float [ 0.000000e+00, %exit11 ], [ %72, %body14 ]
  %69 = icmp slt i64 %i16, 8
  br i1 %69, label %body14, label %exit15

body14:                                           ; preds = %loop13
  %70 = getelementptr inbounds float, float* %68, i64 %i16
  %71 = load float, float* %70, align 4
  %72 = fadd float %acc17, %71
  %73 = add i64 %i16, 1
  br label %loop13

exit15:                                           ; preds = %loop13
  br label %loop18

loop18:                                           ; preds = %body19, %exit15
  %i21 = phi i64 [ 0, %exit15 ], [ %81, %body19 ]
  %74 = icmp slt i64 %i21, 8
  br i1 %74, label %body19, label %exit20

body19:                                           ; preds = %loop18
  %75 = add i64 %11, %i21
  %76 = getelementptr inbounds float, float* %9, i64 %75
  %77 = load float, float* %76, align 4
  %78 = fdiv float %77, %acc17
  %79 = add i64 %11, %i21
  %80 = getelementptr inbounds float, float* %9, i64 %79
  store float %78, float* %80, align 4
  %81 = add i64 %i21, 1
  br label %loop18

exit20:                                           ; preds = %loop18
  %82 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #2

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_6(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %39, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 64
  %17 = sdiv i64 %14, 2
  %18 = srem i64 %14, 2
  %19 = mul i64 %17, 128
  %20 = mul i64 %18, 8
  %21 = add i64 %19, %20
  %22 = sdiv i64 %14, 2
  %23 = srem i64 %14, 2
  %24 = mul i64 %22, 128
  %25 = mul i64 %23, 8
  %26 = add i64 %24, %25
  %27 = mul i64 %15, 16
  %28 = add i64 %26, %27
  %29 = getelementptr inbounds float, float* %12, i64 %28
  %30 = bitcast float* %29 to i8*
  call void @llvm.memset.p0i8.i64(i8* %30, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %50, %exit7 ]
  %31 = icmp slt i64 %i4, 8
  br i1 %31, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %32 = mul i64 %15, 8
  %33 = add i64 %32, %i4
  %34 = add i64 %16, %33
  %35 = getelementptr inbounds float, float* %6, i64 %34
  %36 = load float, float* %35, align 4
  %37 = mul i64 %i4, 16
  %38 = add i64 %21, %37
  br label %loop5

exit3:                                            ; preds = %loop1
  %39 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %49, %body6 ]
  %40 = icmp slt i64 %i8, 8
  br i1 %40, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %41 = add i64 %28, %i8
  %42 = add i64 %38, %i8
  %43 = getelementptr inbounds float, float* %9, i64 %42
  %44 = load float, float* %43, align 4
  %45 = getelementptr inbounds float, float* %12, i64 %41
  %46 = load float, float* %45, align 4
  %47 = call float @llvm.fmuladd.f32(float %36, float %44, float %46)
  %48 = getelementptr inbounds float, float* %12, i64 %41
  store float %47, float* %48, align 4
  %49 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %50 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_7(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_8(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 256
  %19 = mul i64 %15, 32
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 16
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 16
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 32
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 32
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_9(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %23, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fcmp ogt float %19, 0.000000e+00
  %21 = select i1 %20, float %19, float 0.000000e+00
  %22 = getelementptr inbounds float, float* %6, i64 %16
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_10(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 128
  %19 = mul i64 %15, 16
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 32
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 32
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 16
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 16
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_11(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit15, %entry
  %i = phi i64 [ %1, %entry ], [ %45, %exit15 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = sdiv i64 %i, 1
  %12 = srem i64 %i, 1
  %13 = mul i64 %11, 16
  %14 = mul i64 %12, 256
  %15 = add i64 %13, %14
  %16 = mul i64 %12, 256
  %17 = icmp slt i64 %16, -240
  %18 = mul i64 %12, 256
  %19 = add i64 %18, 256
  %20 = select i1 %17, i64 %19, i64 16
  %21 = add i64 %13, %20
  %22 = mul i64 %11, 112
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %15, %body ], [ %25, %body2 ]
  %23 = icmp slt i64 %i4, %21
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = getelementptr inbounds float, float* %9, i64 %i4
  store float 0.000000e+00, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %exit11, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %38, %exit11 ]
  %26 = icmp slt i64 %i8, 8
  br i1 %26, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %27 = mul i64 %i8, 16
  %28 = add i64 %22, %27
  br label %loop9

exit7:                                            ; preds = %loop5
  br label %loop13

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ %15, %body6 ], [ %37, %body10 ]
  %29 = icmp slt i64 %i12, %21
  br i1 %29, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %30 = getelementptr inbounds float, float* %9, i64 %i12
  %31 = load float, float* %30, align 4
  %32 = add i64 %28, %i12
  %33 = getelementptr inbounds float, float* %6, i64 %32
  %34 = load float, float* %33, align 4
  %35 = fadd float %31, %34
  %36 = getelementptr inbounds float, float* %9, i64 %i12
  store float %35, float* %36, align 4
  %37 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %38 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %body14, %exit7
  %i16 = phi i64 [ %15, %exit7 ], [ %44, %body14 ]
  %39 = icmp slt i64 %i16, %21
  br i1 %39, label %body14, label %exit15

body14:                                           ; preds = %loop13
  %40 = getelementptr inbounds float, float* %9, i64 %i16
  %41 = load float, float* %40, align 4
  %42 = fdiv float %41, 8.000000e+00
  %43 = getelementptr inbounds float, float* %9, i64 %i16
  store float %42, float* %43, align 4
  %44 = add i64 %i16, 1
  br label %loop13

exit15:                                           ; preds = %loop13
  %45 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_12(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 2
  %15 = srem i64 %i, 2
  %16 = mul i64 %14, 32
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 6
  %19 = mul i64 %15, 3
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 12, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 16
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 16
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 3
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 3
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal i1 @eptc_check_2(i8* %0) #1 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i1 true

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %14, %checked ]
  %5 = icmp slt i64 %i, 2
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds i32, i32* %4, i64 %i
  %7 = load i32, i32* %6, align 4
  %8 = icmp slt i32 %7, 0
  %9 = icmp sge i32 %7, 3
  %10 = or i1 %8, %9
  %11 = icmp eq i32 %7, -100
  %12 = xor i1 %11, true
  %13 = and i1 %10, %12
  br i1 %13, label %invalid, label %checked

exit:                                             ; preds = %loop
  ret i1 false

checked:                                          ; preds = %body
  %14 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_13(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %join, %entry
  %i = phi i64 [ %1, %entry ], [ %18, %join ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds i32, i32* %9, i64 %i
  %15 = load i32, i32* %14, align 4
  %16 = icmp ne i32 %15, -100
  br i1 %16, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %17 = mul i64 %i, 3
  br label %loop1

join:                                             ; preds = %exit7, %body
  %18 = add i64 %i, 1
  br label %loop

loop1:                                            ; preds = %body2, %then
  %i4 = phi i64 [ 0, %then ], [ %27, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %then ], [ %26, %body2 ]
  %19 = icmp slt i64 %i4, 3
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %17, %i4
  %21 = getelementptr inbounds float, float* %6, i64 %20
  %22 = load float, float* %21, align 4
  %23 = fcmp uno float %acc, %22
  %24 = fcmp ogt float %22, %acc
  %25 = select i1 %24, float %22, float %acc
  %26 = select i1 %23, float 0x7FF8000000000000, float %25
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %62, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %exit3 ], [ %61, %body6 ]
  %28 = icmp slt i64 %i8, 3
  br i1 %28, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %29 = add i64 %17, %i8
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fsub float %31, %acc
  %33 = fcmp oge float %32, -1.100000e+02
  %34 = select i1 %33, float %32, float -1.100000e+02
  %35 = fcmp ole float %34, 1.000000e+02
  %36 = select i1 %35, float %34, float 1.000000e+02
  %37 = fmul float %36, 0x3FF7154760000000
  %38 = call float @llvm.rint.f32(float %37)
  %39 = call float @llvm.fmuladd.f32(float %38, float 0xBFE6300000000000, float %36)
  %40 = call float @llvm.fmuladd.f32(float %38, float 0x3F2BD01060000000, float %39)
  %41 = fmul float %40, %40
  %42 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %40, float 0x3F81239880000000)
  %43 = call float @llvm.fmuladd.f32(float %42, float %40, float 0x3FA5558AE0000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %40, float 0x3FC5554920000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %40, float 0x3FDFFFFFC0000000)
  %46 = call float @llvm.fmuladd.f32(float %41, float %45, float %40)
  %47 = fadd float %46, 1.000000e+00
  %48 = fptosi float %38 to i32
  %49 = ashr i32 %48, 1
  %50 = sub i32 %48, %49
  %51 = add i32 %49, 127
  %52 = shl i32 %51, 23
  %53 = bitcast i32 %52 to float
  %54 = fmul float %47, %53
  %55 = add i32 %50, 127
  %56 = shl i32 %55, 23
  %57 = bitcast i32 %56 to float
  %58 = fmul float %54, %57
  %59 = fcmp uno float %32, %32
  %60 = select i1 %59, float %32, float %58
  %61 = fadd float %acc9, %60
  %62 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %63 = fcmp olt float %acc9, 0x3810000000000000
  %64 = fmul float %acc9, 0x4160000000000000
  %65 = select i1 %63, float %64, float %acc9
  %66 = bitcast float %65 to i32
  %67 = sub i32 %66, 1060439283
  %68 = ashr i32 %67, 23
  %69 = select i1 %63, i32 23, i32 0
  %70 = sub i32 %68, %69
  %71 = and i32 %67, 8388607
  %72 = add i32 %71, 1060439283
  %73 = bitcast i32 %72 to float
  %74 = fsub float %73, 1.000000e+00
  %75 = sitofp i32 %70 to float
  %76 = fmul float %74, %74
  %77 = fmul float %76, %74
  %78 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %74, float 0x3FC055EC60000000)
  %79 = call float @llvm.fmuladd.f32(float %78, float %74, float 0xBFC0D82420000000)
  %80 = call float @llvm.fmuladd.f32(float %79, float %74, float 0x3FC22D92E0000000)
  %81 = call float @llvm.fmuladd.f32(float %80, float %74, float 0xBFC54728A0000000)
  %82 = call float @llvm.fmuladd.f32(float %81, float %74, float 0x3FC99A01C0000000)
  %83 = call float @llvm.fmuladd.f32(float %82, float %74, float 0xBFD0002260000000)
  %84 = call float @llvm.fmuladd.f32(float %83, float %74, float 0x3FD5555540000000)
  %85 = fmul float -5.000000e-01, %76
  %86 = call float @llvm.fmuladd.f32(float %77, float %84, float %85)
  %87 = call float @llvm.fmuladd.f32(float %75, float 0xBF2BD01060000000, float %86)
  %88 = fadd float %87, %74
  %89 = call float @llvm.fmuladd.f32(float %75, float 0x3FE6300000000000, float %88)
  %90 = fcmp oeq float %acc9, 0.000000e+00
  %91 = select i1 %90, float 0xFFF0000000000000, float %89
  %92 = fcmp olt float %acc9, 0.000000e+00
  %93 = select i1 %92, float 0x7FF8000000000000, float %91
  %94 = fcmp oeq float %acc9, 0x7FF0000000000000
  %95 = select i1 %94, float %acc9, float %93
  %96 = fcmp uno float %acc9, %acc9
  %97 = select i1 %96, float %acc9, float %95
  %98 = sext i32 %15 to i64
  %99 = add i64 %17, %98
  %100 = getelementptr inbounds float, float* %6, i64 %99
  %101 = load float, float* %100, align 4
  %102 = fsub float %101, %acc
  %103 = fsub float %102, %97
  %104 = getelementptr inbounds float, float* %12, i64 %i
  store float %103, float* %104, align 4
  br label %join
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_14(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi i64 [ 0, %body ], [ %23, %body2 ]
  %14 = icmp slt i64 %i4, 2
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = getelementptr inbounds i32, i32* %6, i64 %i4
  %16 = load i32, i32* %15, align 4
  %17 = icmp ne i32 %16, -100
  %18 = getelementptr inbounds float, float* %9, i64 %i4
  %19 = load float, float* %18, align 4
  %20 = fsub float %acc, %19
  %21 = select i1 %17, float %20, float %acc
  %22 = zext i1 %17 to i64
  %23 = add i64 %acc5, %22
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = icmp eq i64 %acc5, 0
  %26 = sitofp i64 %acc5 to float
  %27 = fdiv float %acc, %26
  %28 = select i1 %25, float 0.000000e+00, float %27
  %29 = getelementptr inbounds float, float* %12, i64 0
  store float %28, float* %29, align 4
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_15(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %15, %exit3 ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = mul i64 %i, 4096
  %9 = add i64 %8, 4096
  %10 = icmp slt i64 %9, 1
  %11 = select i1 %10, i64 %9, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %8, %body ], [ %14, %body2 ]
  %12 = icmp slt i64 %i4, %11
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = getelementptr inbounds float, float* %6, i64 0
  store float 1.000000e+00, float* %13, align 4
  %14 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %15 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_16(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi i64 [ 0, %body ], [ %19, %body2 ]
  %14 = icmp slt i64 %i4, 2
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = getelementptr inbounds i32, i32* %6, i64 %i4
  %16 = load i32, i32* %15, align 4
  %17 = icmp ne i32 %16, -100
  %18 = zext i1 %17 to i64
  %19 = add i64 %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = sitofp i64 %acc to float
  %24 = fdiv float %22, %23
  %25 = icmp eq i64 %acc, 0
  %26 = select i1 %25, float 0.000000e+00, float %24
  %27 = getelementptr inbounds float, float* %12, i64 0
  store float %26, float* %27, align 4
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_17(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 3
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %join2, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %join2 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 3
  %18 = getelementptr inbounds i32, i32* %9, i64 %i
  %19 = load i32, i32* %18, align 4
  %20 = icmp ne i32 %19, -100
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = xor i1 %20, true
  br i1 %23, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %24 = getelementptr inbounds float, float* %15, i64 %17
  %25 = bitcast float* %24 to i8*
  call void @llvm.memset.p0i8.i64(i8* %25, i8 0, i64 12, i1 false)
  br label %join

join:                                             ; preds = %then, %body
  br i1 %20, label %then1, label %join2

then1:                                            ; preds = %join
  br label %loop3

join2:                                            ; preds = %exit14, %join
  %26 = add i64 %i, 1
  br label %loop

loop3:                                            ; preds = %body4, %then1
  %i6 = phi i64 [ 0, %then1 ], [ %35, %body4 ]
  %acc = phi float [ 0xFFF0000000000000, %then1 ], [ %34, %body4 ]
  %27 = icmp slt i64 %i6, 3
  br i1 %27, label %body4, label %exit5

body4:                                            ; preds = %loop3
  %28 = add i64 %17, %i6
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fcmp uno float %acc, %30
  %32 = fcmp ogt float %30, %acc
  %33 = select i1 %32, float %30, float %acc
  %34 = select i1 %31, float 0x7FF8000000000000, float %33
  %35 = add i64 %i6, 1
  br label %loop3

exit5:                                            ; preds = %loop3
  br label %loop7

loop7:                                            ; preds = %body8, %exit5
  %i10 = phi i64 [ 0, %exit5 ], [ %70, %body8 ]
  %acc11 = phi float [ 0.000000e+00, %exit5 ], [ %69, %body8 ]
  %36 = icmp slt i64 %i10, 3
  br i1 %36, label %body8, label %exit9

body8:                                            ; preds = %loop7
  %37 = add i64 %17, %i10
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = fsub float %39, %acc
  %41 = fcmp oge float %40, -1.100000e+02
  %42 = select i1 %41, float %40, float -1.100000e+02
  %43 = fcmp ole float %42, 1.000000e+02
  %44 = select i1 %43, float %42, float 1.000000e+02
  %45 = fmul float %44, 0x3FF7154760000000
  %46 = call float @llvm.rint.f32(float %45)
  %47 = call float @llvm.fmuladd.f32(float %46, float 0xBFE6300000000000, float %44)
  %48 = call float @llvm.fmuladd.f32(float %46, float 0x3F2BD01060000000, float %47)
  %49 = fmul float %48, %48
  %50 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %48, float 0x3F81239880000000)
  %51 = call float @llvm.fmuladd.f32(float %50, float %48, float 0x3FA5558AE0000000)
  %52 = call float @llvm.fmuladd.f32(float %51, float %48, float 0x3FC5554920000000)
  %53 = call float @llvm.fmuladd.f32(float %52, float %48, float 0x3FDFFFFFC0000000)
  %54 = call float @llvm.fmuladd.f32(float %49, float %53, float %48)
  %55 = fadd float %54, 1.000000e+00
  %56 = fptosi float %46 to i32
  %57 = ashr i32 %56, 1
  %58 = sub i32 %56, %57
  %59 = add i32 %57, 127
  %60 = shl i32 %59, 23
  %61 = bitcast i32 %60 to float
  %62 = fmul float %55, %61
  %63 = add i32 %58, 127
  %64 = shl i32 %63, 23
  %65 = bitcast i32 %64 to float
  %66 = fmul float %62, %65
  %67 = fcmp uno float %40, %40
  %68 = select i1 %67, float %40, float %66
  %69 = fadd float %acc11, %68
  %70 = add i64 %i10, 1
  br label %loop7

exit9:                                            ; preds = %loop7
  %71 = fcmp olt float %acc11, 0x3810000000000000
  %72 = fmul float %acc11, 0x4160000000000000
  %73 = select i1 %71, float %72, float %acc11
  %74 = bitcast float %73 to i32
  %75 = sub i32 %74, 1060439283
  %76 = ashr i32 %75, 23
  %77 = select i1 %71, i32 23, i32 0
  %78 = sub i32 %76, %77
  %79 = and i32 %75, 8388607
  %80 = add i32 %79, 1060439283
  %81 = bitcast i32 %80 to float
  %82 = fsub float %81, 1.000000e+00
  %83 = sitofp i32 %78 to float
  %84 = fmul float %82, %82
  %85 = fmul float %84, %82
  %86 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %82, float 0x3FC055EC60000000)
  %87 = call float @llvm.fmuladd.f32(float %86, float %82, float 0xBFC0D82420000000)
  %88 = call float @llvm.fmuladd.f32(float %87, float %82, float 0x3FC22D92E0000000)
  %89 = call float @llvm.fmuladd.f32(float %88, float %82, float 0xBFC54728A0000000)
  %90 = call float @llvm.fmuladd.f32(float %89, float %82, float 0x3FC99A01C0000000)
  %91 = call float @llvm.fmuladd.f32(float %90, float %82, float 0xBFD0002260000000)
  %92 = call float @llvm.fmuladd.f32(float %91, float %82, float 0x3FD5555540000000)
  %93 = fmul float -5.000000e-01, %84
  %94 = call float @llvm.fmuladd.f32(float %85, float %92, float %93)
  %95 = call float @llvm.fmuladd.f32(float %83, float 0xBF2BD01060000000, float %94)
  %96 = fadd float %95, %82
  %97 = call float @llvm.fmuladd.f32(float %83, float 0x3FE6300000000000, float %96)
  %98 = fcmp oeq float %acc11, 0.000000e+00
  %99 = select i1 %98, float 0xFFF0000000000000, float %97
  %100 = fcmp olt float %acc11, 0.000000e+00
  %101 = select i1 %100, float 0x7FF8000000000000, float %99
  %102 = fcmp oeq float %acc11, 0x7FF0000000000000
  %103 = select i1 %102, float %acc11, float %101
  %104 = fcmp uno float %acc11, %acc11
  %105 = select i1 %104, float %acc11, float %103
  %106 = sext i32 %19 to i64
  br label %loop12

loop12:                                           ; preds = %body13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %146, %body13 ]
  %107 = icmp slt i64 %i15, 3
  br i1 %107, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %108 = add i64 %17, %i15
  %109 = getelementptr inbounds float, float* %6, i64 %108
  %110 = load float, float* %109, align 4
  %111 = fsub float %110, %acc
  %112 = fsub float %111, %105
  %113 = fcmp oge float %112, -1.100000e+02
  %114 = select i1 %113, float %112, float -1.100000e+02
  %115 = fcmp ole float %114, 1.000000e+02
  %116 = select i1 %115, float %114, float 1.000000e+02
  %117 = fmul float %116, 0x3FF7154760000000
  %118 = call float @llvm.rint.f32(float %117)
  %119 = call float @llvm.fmuladd.f32(float %118, float 0xBFE6300000000000, float %116)
  %120 = call float @llvm.fmuladd.f32(float %118, float 0x3F2BD01060000000, float %119)
  %121 = fmul float %120, %120
  %122 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %120, float 0x3F81239880000000)
  %123 = call float @llvm.fmuladd.f32(float %122, float %120, float 0x3FA5558AE0000000)
  %124 = call float @llvm.fmuladd.f32(float %123, float %120, float 0x3FC5554920000000)
  %125 = call float @llvm.fmuladd.f32(float %124, float %120, float 0x3FDFFFFFC0000000)
  %126 = call float @llvm.fmuladd.f32(float %121, float %125, float %120)
  %127 = fadd float %126, 1.000000e+00
  %128 = fptosi float %118 to i32
  %129 = ashr i32 %128, 1
  %130 = sub i32 %128, %129
  %131 = add i32 %129, 127
  %132 = shl i32 %131, 23
  %133 = bitcast i32 %132 to float
  %134 = fmul float %127, %133
  %135 = add i32 %130, 127
  %136 = shl i32 %135, 23
  %137 = bitcast i32 %136 to float
  %138 = fmul float %134, %137
  %139 = fcmp uno float %112, %112
  %140 = select i1 %139, float %112, float %138
  %141 = icmp eq i64 %i15, %106
  %142 = select i1 %141, float 1.000000e+00, float 0.000000e+00
  %143 = fsub float %140, %142
  %144 = fmul float %22, %143
  %145 = getelementptr inbounds float, float* %15, i64 %108
  store float %144, float* %145, align 4
  %146 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  br label %join2
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_18(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 2
  %15 = srem i64 %i, 2
  %16 = mul i64 %14, 6
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 32
  %19 = mul i64 %15, 16
  %20 = add i64 %18, %19
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 3
  %23 = add i64 %17, %22
  br label %loop5

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %35, %body6 ]
  %25 = icmp slt i64 %i8, 3
  br i1 %25, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %26 = mul i64 %15, 3
  %27 = add i64 %26, %i8
  %28 = add i64 %16, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %23, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %30, %33
  %35 = fadd float %acc, %34
  %36 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %37 = add i64 %20, %i4
  %38 = getelementptr inbounds float, float* %12, i64 %37
  store float %acc, float* %38, align 4
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_19(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 16
  %15 = srem i64 %i, 16
  %16 = mul i64 %14, 32
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 48
  %19 = mul i64 %15, 3
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 12, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 2
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %i4, 16
  %25 = add i64 %24, %15
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 3
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 3
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_20(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 32
  %14 = select i1 %13, i64 %12, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 1.250000e-01
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_21(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %18, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 128
  %12 = add i64 0, %11
  %13 = mul i64 %i, 16
  %14 = add i64 0, %13
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %26, %exit7 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 16
  %17 = add i64 %12, %16
  br label %loop5

exit3:                                            ; preds = %loop1
  %18 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %25, %body6 ]
  %19 = icmp slt i64 %i8, 16
  br i1 %19, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %20 = add i64 %17, %i8
  %21 = add i64 %14, %i8
  %22 = getelementptr inbounds float, float* %9, i64 %21
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %6, i64 %20
  store float %23, float* %24, align 4
  %25 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %26 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_22(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 32
  %15 = srem i64 %i, 32
  %16 = mul i64 %14, 512
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 512
  %19 = mul i64 %15, 16
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 16
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %i4, 32
  %25 = add i64 %24, %15
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 16
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 16
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_23(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 256
  %19 = mul i64 %15, 32
  %20 = add i64 %18, %19
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %136, %exit18 ]
  %21 = icmp slt i64 %i4, 32
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 16
  %23 = add i64 %17, %22
  br label %loop5

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %114, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %36, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %47, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %58, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %69, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %80, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %91, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %102, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %113, %body6 ]
  %25 = icmp slt i64 %i8, 16
  br i1 %25, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %26 = add i64 %i8, 0
  %27 = mul i64 %15, 16
  %28 = add i64 %27, %26
  %29 = add i64 %16, %28
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = add i64 %23, %26
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = fmul float %31, %34
  %36 = fadd float %acc, %35
  %37 = add i64 %i8, 1
  %38 = mul i64 %15, 16
  %39 = add i64 %38, %37
  %40 = add i64 %16, %39
  %41 = getelementptr inbounds float, float* %6, i64 %40
  %42 = load float, float* %41, align 4
  %43 = add i64 %23, %37
  %44 = getelementptr inbounds float, float* %9, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fmul float %42, %45
  %47 = fadd float %acc9, %46
  %48 = add i64 %i8, 2
  %49 = mul i64 %15, 16
  %50 = add i64 %49, %48
  %51 = add i64 %16, %50
  %52 = getelementptr inbounds float, float* %6, i64 %51
  %53 = load float, float* %52, align 4
  %54 = add i64 %23, %48
  %55 = getelementptr inbounds float, float* %9, i64 %54
  %56 = load float, float* %55, align 4
  %57 = fmul float %53, %56
  %58 = fadd float %acc10, %57
  %59 = add i64 %i8, 3
  %60 = mul i64 %15, 16
  %61 = add i64 %60, %59
  %62 = add i64 %16, %61
  %63 = getelementptr inbounds float, float* %6, i64 %62
  %64 = load float, float* %63, align 4
  %65 = add i64 %23, %59
  %66 = getelementptr inbounds float, float* %9, i64 %65
  %67 = load float, float* %66, align 4
  %68 = fmul float %64, %67
  %69 = fadd float %acc11, %68
  %70 = add i64 %i8, 4
  %71 = mul i64 %15, 16
  %72 = add i64 %71, %70
  %73 = add i64 %16, %72
  %74 = getelementptr inbounds float, float* %6, i64 %73
  %75 = load float, float* %74, align 4
  %76 = add i64 %23, %70
  %77 = getelementptr inbounds float, float* %9, i64 %76
  %78 = load float, float* %77, align 4
  %79 = fmul float %75, %78
  %80 = fadd float %acc12, %79
  %81 = add i64 %i8, 5
  %82 = mul i64 %15, 16
  %83 = add i64 %82, %81
  %84 = add i64 %16, %83
  %85 = getelementptr inbounds float, float* %6, i64 %84
  %86 = load float, float* %85, align 4
  %87 = add i64 %23, %81
  %88 = getelementptr inbounds float, float* %9, i64 %87
  %89 = load float, float* %88, align 4
  %90 = fmul float %86, %89
  %91 = fadd float %acc13, %90
  %92 = add i64 %i8, 6
  %93 = mul i64 %15, 16
  %94 = add i64 %93, %92
  %95 = add i64 %16, %94
  %96 = getelementptr inbounds float, float* %6, i64 %95
  %97 = load float, float* %96, align 4
  %98 = add i64 %23, %92
  %99 = getelementptr inbounds float, float* %9, i64 %98
  %100 = load float, float* %99, align 4
  %101 = fmul float %97, %100
  %102 = fadd float %acc14, %101
  %103 = add i64 %i8, 7
  %104 = mul i64 %15, 16
  %105 = add i64 %104, %103
  %106 = add i64 %16, %105
  %107 = getelementptr inbounds float, float* %6, i64 %106
  %108 = load float, float* %107, align 4
  %109 = add i64 %23, %103
  %110 = getelementptr inbounds float, float* %9, i64 %109
  %111 = load float, float* %110, align 4
  %112 = fmul float %108, %111
  %113 = fadd float %acc15, %112
  %114 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %115 = fadd float %acc, %acc9
  %116 = fadd float %acc10, %acc11
  %117 = fadd float %acc12, %acc13
  %118 = fadd float %acc14, %acc15
  %119 = fadd float %115, %116
  %120 = fadd float %117, %118
  %121 = fadd float %119, %120
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 16, %exit7 ], [ %133, %body17 ]
  %acc20 = phi float [ %121, %exit7 ], [ %132, %body17 ]
  %122 = icmp slt i64 %i19, 16
  br i1 %122, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %123 = mul i64 %15, 16
  %124 = add i64 %123, %i19
  %125 = add i64 %16, %124
  %126 = getelementptr inbounds float, float* %6, i64 %125
  %127 = load float, float* %126, align 4
  %128 = add i64 %23, %i19
  %129 = getelementptr inbounds float, float* %9, i64 %128
  %130 = load float, float* %129, align 4
  %131 = fmul float %127, %130
  %132 = fadd float %acc20, %131
  %133 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %134 = add i64 %20, %i4
  %135 = getelementptr inbounds float, float* %12, i64 %134
  store float %acc20, float* %135, align 4
  %136 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_24(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %30, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %23, 0.000000e+00
  %27 = select i1 %26, float 1.000000e+00, float 0.000000e+00
  %28 = fmul float %25, %27
  %29 = getelementptr inbounds float, float* %6, i64 %19
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_25(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 128
  %19 = mul i64 %15, 16
  %20 = add i64 %18, %19
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %136, %exit18 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 32
  %23 = add i64 %17, %22
  br label %loop5

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %114, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %36, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %47, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %58, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %69, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %80, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %91, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %102, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %113, %body6 ]
  %25 = icmp slt i64 %i8, 32
  br i1 %25, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %26 = add i64 %i8, 0
  %27 = mul i64 %15, 32
  %28 = add i64 %27, %26
  %29 = add i64 %16, %28
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = add i64 %23, %26
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = fmul float %31, %34
  %36 = fadd float %acc, %35
  %37 = add i64 %i8, 1
  %38 = mul i64 %15, 32
  %39 = add i64 %38, %37
  %40 = add i64 %16, %39
  %41 = getelementptr inbounds float, float* %6, i64 %40
  %42 = load float, float* %41, align 4
  %43 = add i64 %23, %37
  %44 = getelementptr inbounds float, float* %9, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fmul float %42, %45
  %47 = fadd float %acc9, %46
  %48 = add i64 %i8, 2
  %49 = mul i64 %15, 32
  %50 = add i64 %49, %48
  %51 = add i64 %16, %50
  %52 = getelementptr inbounds float, float* %6, i64 %51
  %53 = load float, float* %52, align 4
  %54 = add i64 %23, %48
  %55 = getelementptr inbounds float, float* %9, i64 %54
  %56 = load float, float* %55, align 4
  %57 = fmul float %53, %56
  %58 = fadd float %acc10, %57
  %59 = add i64 %i8, 3
  %60 = mul i64 %15, 32
  %61 = add i64 %60, %59
  %62 = add i64 %16, %61
  %63 = getelementptr inbounds float, float* %6, i64 %62
  %64 = load float, float* %63, align 4
  %65 = add i64 %23, %59
  %66 = getelementptr inbounds float, float* %9, i64 %65
  %67 = load float, float* %66, align 4
  %68 = fmul float %64, %67
  %69 = fadd float %acc11, %68
  %70 = add i64 %i8, 4
  %71 = mul i64 %15, 32
  %72 = add i64 %71, %70
  %73 = add i64 %16, %72
  %74 = getelementptr inbounds float, float* %6, i64 %73
  %75 = load float, float* %74, align 4
  %76 = add i64 %23, %70
  %77 = getelementptr inbounds float, float* %9, i64 %76
  %78 = load float, float* %77, align 4
  %79 = fmul float %75, %78
  %80 = fadd float %acc12, %79
  %81 = add i64 %i8, 5
  %82 = mul i64 %15, 32
  %83 = add i64 %82, %81
  %84 = add i64 %16, %83
  %85 = getelementptr inbounds float, float* %6, i64 %84
  %86 = load float, float* %85, align 4
  %87 = add i64 %23, %81
  %88 = getelementptr inbounds float, float* %9, i64 %87
  %89 = load float, float* %88, align 4
  %90 = fmul float %86, %89
  %91 = fadd float %acc13, %90
  %92 = add i64 %i8, 6
  %93 = mul i64 %15, 32
  %94 = add i64 %93, %92
  %95 = add i64 %16, %94
  %96 = getelementptr inbounds float, float* %6, i64 %95
  %97 = load float, float* %96, align 4
  %98 = add i64 %23, %92
  %99 = getelementptr inbounds float, float* %9, i64 %98
  %100 = load float, float* %99, align 4
  %101 = fmul float %97, %100
  %102 = fadd float %acc14, %101
  %103 = add i64 %i8, 7
  %104 = mul i64 %15, 32
  %105 = add i64 %104, %103
  %106 = add i64 %16, %105
  %107 = getelementptr inbounds float, float* %6, i64 %106
  %108 = load float, float* %107, align 4
  %109 = add i64 %23, %103
  %110 = getelementptr inbounds float, float* %9, i64 %109
  %111 = load float, float* %110, align 4
  %112 = fmul float %108, %111
  %113 = fadd float %acc15, %112
  %114 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %115 = fadd float %acc, %acc9
  %116 = fadd float %acc10, %acc11
  %117 = fadd float %acc12, %acc13
  %118 = fadd float %acc14, %acc15
  %119 = fadd float %115, %116
  %120 = fadd float %117, %118
  %121 = fadd float %119, %120
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 32, %exit7 ], [ %133, %body17 ]
  %acc20 = phi float [ %121, %exit7 ], [ %132, %body17 ]
  %122 = icmp slt i64 %i19, 32
  br i1 %122, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %123 = mul i64 %15, 32
  %124 = add i64 %123, %i19
  %125 = add i64 %16, %124
  %126 = getelementptr inbounds float, float* %6, i64 %125
  %127 = load float, float* %126, align 4
  %128 = add i64 %23, %i19
  %129 = getelementptr inbounds float, float* %9, i64 %128
  %130 = load float, float* %129, align 4
  %131 = fmul float %127, %130
  %132 = fadd float %acc20, %131
  %133 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %134 = add i64 %20, %i4
  %135 = getelementptr inbounds float, float* %12, i64 %134
  store float %acc20, float* %135, align 4
  %136 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_26(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 16
  %15 = srem i64 %i, 16
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 512
  %19 = mul i64 %15, 32
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 16
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %i4, 16
  %25 = add i64 %24, %15
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 32
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 32
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_27(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %89, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 16
  %12 = mul i64 %i, 16
  %13 = add i64 0, %12
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %71, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %28, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %35, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %42, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %49, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %56, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %63, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %70, %body2 ]
  %14 = icmp slt i64 %i4, 16
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = add i64 %i4, 0
  %16 = add i64 %13, %15
  %17 = getelementptr inbounds float, float* %6, i64 %16
  %18 = load float, float* %17, align 4
  %19 = add i64 %11, %15
  %20 = fmul float %18, %18
  %21 = fadd float %acc, %20
  %22 = add i64 %i4, 1
  %23 = add i64 %13, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = add i64 %11, %22
  %27 = fmul float %25, %25
  %28 = fadd float %acc5, %27
  %29 = add i64 %i4, 2
  %30 = add i64 %13, %29
  %31 = getelementptr inbounds float, float* %6, i64 %30
  %32 = load float, float* %31, align 4
  %33 = add i64 %11, %29
  %34 = fmul float %32, %32
  %35 = fadd float %acc6, %34
  %36 = add i64 %i4, 3
  %37 = add i64 %13, %36
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = add i64 %11, %36
  %41 = fmul float %39, %39
  %42 = fadd float %acc7, %41
  %43 = add i64 %i4, 4
  %44 = add i64 %13, %43
  %45 = getelementptr inbounds float, float* %6, i64 %44
  %46 = load float, float* %45, align 4
  %47 = add i64 %11, %43
  %48 = fmul float %46, %46
  %49 = fadd float %acc8, %48
  %50 = add i64 %i4, 5
  %51 = add i64 %13, %50
  %52 = getelementptr inbounds float, float* %6, i64 %51
  %53 = load float, float* %52, align 4
  %54 = add i64 %11, %50
  %55 = fmul float %53, %53
  %56 = fadd float %acc9, %55
  %57 = add i64 %i4, 6
  %58 = add i64 %13, %57
  %59 = getelementptr inbounds float, float* %6, i64 %58
  %60 = load float, float* %59, align 4
  %61 = add i64 %11, %57
  %62 = fmul float %60, %60
  %63 = fadd float %acc10, %62
  %64 = add i64 %i4, 7
  %65 = add i64 %13, %64
  %66 = getelementptr inbounds float, float* %6, i64 %65
  %67 = load float, float* %66, align 4
  %68 = add i64 %11, %64
  %69 = fmul float %67, %67
  %70 = fadd float %acc11, %69
  %71 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %72 = fadd float %acc, %acc5
  %73 = fadd float %acc6, %acc7
  %74 = fadd float %acc8, %acc9
  %75 = fadd float %acc10, %acc11
  %76 = fadd float %72, %73
  %77 = fadd float %74, %75
  %78 = fadd float %76, %77
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %86, %body13 ]
  %acc16 = phi float [ %78, %exit3 ], [ %85, %body13 ]
  %79 = icmp slt i64 %i15, 16
  br i1 %79, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %80 = add i64 %13, %i15
  %81 = getelementptr inbounds float, float* %6, i64 %80
  %82 = load float, float* %81, align 4
  %83 = add i64 %11, %i15
  %84 = fmul float %82, %82
  %85 = fadd float %acc16, %84
  %86 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %87 = fdiv float %acc16, 1.600000e+01
  %88 = getelementptr inbounds float, float* %9, i64 %i
  store float %87, float* %88, align 4
  %89 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_28(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %24, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %19, 0x3EB0C6F7A0000000
  %21 = call float @llvm.sqrt.f32(float %20)
  %22 = fdiv float 1.000000e+00, %21
  %23 = getelementptr inbounds float, float* %6, i64 %16
  store float %22, float* %23, align 4
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_29(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 3
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %38, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 16
  %18 = add i64 0, %17
  %19 = mul i64 %i, 16
  %20 = add i64 0, %19
  %21 = add i64 0, %i
  %22 = mul i64 %i, 16
  %23 = add i64 0, %22
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %37, %body2 ]
  %24 = icmp slt i64 %i4, 16
  br i1 %24, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %25 = add i64 %18, %i4
  %26 = add i64 %20, %i4
  %27 = add i64 %23, %i4
  %28 = getelementptr inbounds float, float* %9, i64 %26
  %29 = load float, float* %28, align 4
  %30 = getelementptr inbounds float, float* %12, i64 %21
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %15, i64 %27
  %33 = load float, float* %32, align 4
  %34 = fmul float %29, %31
  %35 = fmul float %33, %34
  %36 = getelementptr inbounds float, float* %6, i64 %25
  store float %35, float* %36, align 4
  %37 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %38 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_30(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit7, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit7 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = sdiv i64 %i, 1
  %12 = srem i64 %i, 1
  %13 = mul i64 %11, 16
  %14 = mul i64 %12, 256
  %15 = add i64 %13, %14
  %16 = mul i64 %12, 256
  %17 = icmp slt i64 %16, -240
  %18 = mul i64 %12, 256
  %19 = add i64 %18, 256
  %20 = select i1 %17, i64 %19, i64 16
  %21 = add i64 %13, %20
  %22 = mul i64 %11, 240
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %15, %body ], [ %25, %body2 ]
  %23 = icmp slt i64 %i4, %21
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = getelementptr inbounds float, float* %9, i64 %i4
  store float 0.000000e+00, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %exit11, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %39, %exit11 ]
  %26 = icmp slt i64 %i8, 16
  br i1 %26, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %27 = mul i64 %i8, 16
  %28 = add i64 %22, %27
  br label %loop9

exit7:                                            ; preds = %loop5
  %29 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ %15, %body6 ], [ %38, %body10 ]
  %30 = icmp slt i64 %i12, %21
  br i1 %30, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %31 = getelementptr inbounds float, float* %9, i64 %i12
  %32 = load float, float* %31, align 4
  %33 = add i64 %28, %i12
  %34 = getelementptr inbounds float, float* %6, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fadd float %32, %35
  %37 = getelementptr inbounds float, float* %9, i64 %i12
  store float %36, float* %37, align 4
  %38 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %39 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_31(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 3
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  %16 = getelementptr inbounds i8*, i8** %3, i64 4
  %17 = load i8*, i8** %16, align 8
  %18 = bitcast i8* %17 to float*
  %row = alloca float, i64 16, align 4
  %19 = getelementptr inbounds i8*, i8** %3, i64 5
  %20 = load i8*, i8** %19, align 8
  %21 = bitcast i8* %20 to float*
  br label %loop

loop:                                             ; preds = %exit16, %entry
  %i = phi i64 [ %1, %entry ], [ %112, %exit16 ]
  %22 = icmp slt i64 %i, %2
  br i1 %22, label %body, label %exit

body:                                             ; preds = %loop
  %23 = srem i64 %i, 8
  %24 = sdiv i64 %i, 8
  %25 = mul i64 %23, 16
  %26 = add i64 0, %25
  %27 = mul i64 %23, 16
  %28 = add i64 0, %27
  %29 = add i64 0, %23
  %30 = mul i64 %24, 128
  %31 = add i64 %26, %30
  %32 = mul i64 %24, 128
  %33 = add i64 %28, %32
  %34 = mul i64 %24, 8
  %35 = add i64 %29, %34
  %36 = mul i64 %24, 16
  %37 = add i64 0, %36
  %38 = mul i64 %i, 16
  %39 = getelementptr inbounds float, float* %15, i64 %35
  %40 = load float, float* %39, align 4
  %41 = fmul float %40, %40
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %58, %body2 ]
  %42 = icmp slt i64 %i4, 16
  br i1 %42, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %43 = trunc i64 %38 to i32
  %44 = trunc i64 %i4 to i32
  %45 = add i32 %43, %44
  %46 = add i64 %31, %i4
  %47 = getelementptr inbounds float, float* %6, i64 %46
  %48 = load float, float* %47, align 4
  %49 = add i64 0, %i4
  %50 = getelementptr inbounds float, float* %9, i64 %49
  %51 = load float, float* %50, align 4
  %52 = add i64 %33, %i4
  %53 = getelementptr inbounds float, float* %12, i64 %52
  %54 = load float, float* %53, align 4
  %55 = fmul float %48, %51
  %56 = fmul float %55, %54
  %57 = getelementptr inbounds float, float* %row, i64 %i4
  store float %56, float* %57, align 4
  %58 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %64, %body6 ]
  %acc = phi <8 x float> [ zeroinitializer, %exit3 ], [ %63, %body6 ]
  %59 = icmp slt i64 %i8, 16
  br i1 %59, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %60 = getelementptr inbounds float, float* %row, i64 %i8
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  %63 = fadd <8 x float> %acc, %62
  %64 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %65 = extractelement <8 x float> %acc, i32 0
  %66 = extractelement <8 x float> %acc, i32 1
  %67 = extractelement <8 x float> %acc, i32 2
  %68 = extractelement <8 x float> %acc, i32 3
  %69 = extractelement <8 x float> %acc, i32 4
  %70 = extractelement <8 x float> %acc, i32 5
  %71 = extractelement <8 x float> %acc, i32 6
  %72 = extractelement <8 x float> %acc, i32 7
  %73 = fadd float %65, %66
  %74 = fadd float %67, %68
  %75 = fadd float %69, %70
  %76 = fadd float %71, %72
  %77 = fadd float %73, %74
  %78 = fadd float %75, %76
  %79 = fadd float %77, %78
  br label %loop9

loop9:                                            ; preds = %body10, %exit7
  %i12 = phi i64 [ 16, %exit7 ], [ %84, %body10 ]
  %acc13 = phi float [ %79, %exit7 ], [ %83, %body10 ]
  %80 = icmp slt i64 %i12, 16
  br i1 %80, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %81 = getelementptr inbounds float, float* %row, i64 %i12
  %82 = load float, float* %81, align 4
  %83 = fadd float %acc13, %82
  %84 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %85 = fdiv float %acc13, 1.600000e+01
  %86 = fmul float %41, %85
  br label %loop14

loop14:                                           ; preds = %body15, %exit11
  %i17 = phi i64 [ 0, %exit11 ], [ %111, %body15 ]
  %87 = icmp slt i64 %i17, 16
  br i1 %87, label %body15, label %exit16

body15:                                           ; preds = %loop14
  %88 = trunc i64 %38 to i32
  %89 = trunc i64 %i17 to i32
  %90 = add i32 %88, %89
  %91 = add i64 %31, %i17
  %92 = getelementptr inbounds float, float* %6, i64 %91
  %93 = load float, float* %92, align 4
  %94 = add i64 0, %i17
  %95 = getelementptr inbounds float, float* %9, i64 %94
  %96 = load float, float* %95, align 4
  %97 = add i64 %33, %i17
  %98 = getelementptr inbounds float, float* %12, i64 %97
  %99 = load float, float* %98, align 4
  %100 = add i64 %37, %i17
  %101 = getelementptr inbounds float, float* %18, i64 %100
  %102 = load float, float* %101, align 4
  %103 = fmul float %93, %96
  %104 = fmul float %103, %99
  %105 = fmul float %99, %86
  %106 = fsub float %103, %105
  %107 = fmul float %40, %106
  %108 = fadd float %102, %107
  %109 = add i64 %38, %i17
  %110 = getelementptr inbounds float, float* %21, i64 %109
  store float %108, float* %110, align 4
  %111 = add i64 %i17, 1
  br label %loop14

exit16:                                           ; preds = %loop14
  %112 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_32(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 128
  %19 = mul i64 %15, 16
  %20 = add i64 %18, %19
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %136, %exit18 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 16
  %23 = add i64 %17, %22
  br label %loop5

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %114, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %36, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %47, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %58, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %69, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %80, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %91, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %102, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %113, %body6 ]
  %25 = icmp slt i64 %i8, 16
  br i1 %25, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %26 = add i64 %i8, 0
  %27 = mul i64 %15, 16
  %28 = add i64 %27, %26
  %29 = add i64 %16, %28
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = add i64 %23, %26
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = fmul float %31, %34
  %36 = fadd float %acc, %35
  %37 = add i64 %i8, 1
  %38 = mul i64 %15, 16
  %39 = add i64 %38, %37
  %40 = add i64 %16, %39
  %41 = getelementptr inbounds float, float* %6, i64 %40
  %42 = load float, float* %41, align 4
  %43 = add i64 %23, %37
  %44 = getelementptr inbounds float, float* %9, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fmul float %42, %45
  %47 = fadd float %acc9, %46
  %48 = add i64 %i8, 2
  %49 = mul i64 %15, 16
  %50 = add i64 %49, %48
  %51 = add i64 %16, %50
  %52 = getelementptr inbounds float, float* %6, i64 %51
  %53 = load float, float* %52, align 4
  %54 = add i64 %23, %48
  %55 = getelementptr inbounds float, float* %9, i64 %54
  %56 = load float, float* %55, align 4
  %57 = fmul float %53, %56
  %58 = fadd float %acc10, %57
  %59 = add i64 %i8, 3
  %60 = mul i64 %15, 16
  %61 = add i64 %60, %59
  %62 = add i64 %16, %61
  %63 = getelementptr inbounds float, float* %6, i64 %62
  %64 = load float, float* %63, align 4
  %65 = add i64 %23, %59
  %66 = getelementptr inbounds float, float* %9, i64 %65
  %67 = load float, float* %66, align 4
  %68 = fmul float %64, %67
  %69 = fadd float %acc11, %68
  %70 = add i64 %i8, 4
  %71 = mul i64 %15, 16
  %72 = add i64 %71, %70
  %73 = add i64 %16, %72
  %74 = getelementptr inbounds float, float* %6, i64 %73
  %75 = load float, float* %74, align 4
  %76 = add i64 %23, %70
  %77 = getelementptr inbounds float, float* %9, i64 %76
  %78 = load float, float* %77, align 4
  %79 = fmul float %75, %78
  %80 = fadd float %acc12, %79
  %81 = add i64 %i8, 5
  %82 = mul i64 %15, 16
  %83 = add i64 %82, %81
  %84 = add i64 %16, %83
  %85 = getelementptr inbounds float, float* %6, i64 %84
  %86 = load float, float* %85, align 4
  %87 = add i64 %23, %81
  %88 = getelementptr inbounds float, float* %9, i64 %87
  %89 = load float, float* %88, align 4
  %90 = fmul float %86, %89
  %91 = fadd float %acc13, %90
  %92 = add i64 %i8, 6
  %93 = mul i64 %15, 16
  %94 = add i64 %93, %92
  %95 = add i64 %16, %94
  %96 = getelementptr inbounds float, float* %6, i64 %95
  %97 = load float, float* %96, align 4
  %98 = add i64 %23, %92
  %99 = getelementptr inbounds float, float* %9, i64 %98
  %100 = load float, float* %99, align 4
  %101 = fmul float %97, %100
  %102 = fadd float %acc14, %101
  %103 = add i64 %i8, 7
  %104 = mul i64 %15, 16
  %105 = add i64 %104, %103
  %106 = add i64 %16, %105
  %107 = getelementptr inbounds float, float* %6, i64 %106
  %108 = load float, float* %107, align 4
  %109 = add i64 %23, %103
  %110 = getelementptr inbounds float, float* %9, i64 %109
  %111 = load float, float* %110, align 4
  %112 = fmul float %108, %111
  %113 = fadd float %acc15, %112
  %114 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %115 = fadd float %acc, %acc9
  %116 = fadd float %acc10, %acc11
  %117 = fadd float %acc12, %acc13
  %118 = fadd float %acc14, %acc15
  %119 = fadd float %115, %116
  %120 = fadd float %117, %118
  %121 = fadd float %119, %120
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 16, %exit7 ], [ %133, %body17 ]
  %acc20 = phi float [ %121, %exit7 ], [ %132, %body17 ]
  %122 = icmp slt i64 %i19, 16
  br i1 %122, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %123 = mul i64 %15, 16
  %124 = add i64 %123, %i19
  %125 = add i64 %16, %124
  %126 = getelementptr inbounds float, float* %6, i64 %125
  %127 = load float, float* %126, align 4
  %128 = add i64 %23, %i19
  %129 = getelementptr inbounds float, float* %9, i64 %128
  %130 = load float, float* %129, align 4
  %131 = fmul float %127, %130
  %132 = fadd float %acc20, %131
  %133 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %134 = add i64 %20, %i4
  %135 = getelementptr inbounds float, float* %12, i64 %134
  store float %acc20, float* %135, align 4
  %136 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_33(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 16
  %15 = srem i64 %i, 16
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 256
  %19 = mul i64 %15, 16
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 16
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %i4, 16
  %25 = add i64 %24, %15
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 16
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 16
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_34(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %39, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 64
  %17 = sdiv i64 %14, 2
  %18 = srem i64 %14, 2
  %19 = mul i64 %17, 128
  %20 = mul i64 %18, 8
  %21 = add i64 %19, %20
  %22 = sdiv i64 %14, 2
  %23 = srem i64 %14, 2
  %24 = mul i64 %22, 128
  %25 = mul i64 %23, 8
  %26 = add i64 %24, %25
  %27 = mul i64 %15, 16
  %28 = add i64 %26, %27
  %29 = getelementptr inbounds float, float* %12, i64 %28
  %30 = bitcast float* %29 to i8*
  call void @llvm.memset.p0i8.i64(i8* %30, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %50, %exit7 ]
  %31 = icmp slt i64 %i4, 8
  br i1 %31, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %32 = mul i64 %i4, 8
  %33 = add i64 %32, %15
  %34 = add i64 %16, %33
  %35 = getelementptr inbounds float, float* %6, i64 %34
  %36 = load float, float* %35, align 4
  %37 = mul i64 %i4, 16
  %38 = add i64 %21, %37
  br label %loop5

exit3:                                            ; preds = %loop1
  %39 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %49, %body6 ]
  %40 = icmp slt i64 %i8, 8
  br i1 %40, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %41 = add i64 %28, %i8
  %42 = add i64 %38, %i8
  %43 = getelementptr inbounds float, float* %9, i64 %42
  %44 = load float, float* %43, align 4
  %45 = getelementptr inbounds float, float* %12, i64 %41
  %46 = load float, float* %45, align 4
  %47 = call float @llvm.fmuladd.f32(float %36, float %44, float %46)
  %48 = getelementptr inbounds float, float* %12, i64 %41
  store float %47, float* %48, align 4
  %49 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %50 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_35(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 8
  %15 = mul i64 %i, 8
  %16 = add i64 0, %15
  %17 = mul i64 %i, 8
  %18 = add i64 0, %17
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %29, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %28, %body2 ]
  %19 = icmp slt i64 %i4, 8
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %16, %i4
  %21 = getelementptr inbounds float, float* %6, i64 %20
  %22 = load float, float* %21, align 4
  %23 = add i64 %18, %i4
  %24 = getelementptr inbounds float, float* %9, i64 %23
  %25 = load float, float* %24, align 4
  %26 = add i64 %14, %i4
  %27 = fmul float %22, %25
  %28 = fadd float %acc, %27
  %29 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %30 = getelementptr inbounds float, float* %12, i64 %i
  store float %acc, float* %30, align 4
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_36(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 2
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %39, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 8
  %18 = add i64 0, %17
  %19 = mul i64 %i, 8
  %20 = add i64 0, %19
  %21 = add i64 0, %i
  %22 = mul i64 %i, 8
  %23 = add i64 0, %22
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %38, %body2 ]
  %24 = icmp slt i64 %i4, 8
  br i1 %24, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %25 = add i64 %18, %i4
  %26 = add i64 %20, %i4
  %27 = add i64 %23, %i4
  %28 = getelementptr inbounds float, float* %9, i64 %26
  %29 = load float, float* %28, align 4
  %30 = getelementptr inbounds float, float* %12, i64 %21
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %15, i64 %27
  %33 = load float, float* %32, align 4
  %34 = fsub float %29, %31
  %35 = fmul float %33, %34
  %36 = fmul float %35, 0x3FD6A09E60000000
  %37 = getelementptr inbounds float, float* %6, i64 %25
  store float %36, float* %37, align 4
  %38 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %39 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_37(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 0
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %36, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %35, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = add i64 0, %i4
  %26 = getelementptr inbounds float, float* %9, i64 %23
  %27 = load float, float* %26, align 4
  %28 = getelementptr inbounds float, float* %12, i64 %24
  %29 = load float, float* %28, align 4
  %30 = getelementptr inbounds float, float* %15, i64 %25
  %31 = load float, float* %30, align 4
  %32 = fadd float %31, %27
  %33 = fadd float %32, %29
  %34 = getelementptr inbounds float, float* %6, i64 %22
  store float %33, float* %34, align 4
  %35 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %36 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_38(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 3
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  %16 = getelementptr inbounds i8*, i8** %3, i64 4
  %17 = load i8*, i8** %16, align 8
  %18 = bitcast i8* %17 to float*
  %row = alloca float, i64 16, align 4
  %19 = getelementptr inbounds i8*, i8** %3, i64 5
  %20 = load i8*, i8** %19, align 8
  %21 = bitcast i8* %20 to float*
  br label %loop

loop:                                             ; preds = %exit16, %entry
  %i = phi i64 [ %1, %entry ], [ %104, %exit16 ]
  %22 = icmp slt i64 %i, %2
  br i1 %22, label %body, label %exit

body:                                             ; preds = %loop
  %23 = mul i64 %i, 16
  %24 = add i64 0, %23
  %25 = mul i64 %i, 16
  %26 = add i64 0, %25
  %27 = add i64 0, %i
  %28 = mul i64 %i, 16
  %29 = add i64 0, %28
  %30 = mul i64 %i, 16
  %31 = getelementptr inbounds float, float* %15, i64 %27
  %32 = load float, float* %31, align 4
  %33 = fmul float %32, %32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %50, %body2 ]
  %34 = icmp slt i64 %i4, 16
  br i1 %34, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %35 = trunc i64 %30 to i32
  %36 = trunc i64 %i4 to i32
  %37 = add i32 %35, %36
  %38 = add i64 %24, %i4
  %39 = getelementptr inbounds float, float* %6, i64 %38
  %40 = load float, float* %39, align 4
  %41 = add i64 0, %i4
  %42 = getelementptr inbounds float, float* %9, i64 %41
  %43 = load float, float* %42, align 4
  %44 = add i64 %26, %i4
  %45 = getelementptr inbounds float, float* %12, i64 %44
  %46 = load float, float* %45, align 4
  %47 = fmul float %40, %43
  %48 = fmul float %47, %46
  %49 = getelementptr inbounds float, float* %row, i64 %i4
  store float %48, float* %49, align 4
  %50 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %56, %body6 ]
  %acc = phi <8 x float> [ zeroinitializer, %exit3 ], [ %55, %body6 ]
  %51 = icmp slt i64 %i8, 16
  br i1 %51, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %52 = getelementptr inbounds float, float* %row, i64 %i8
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = fadd <8 x float> %acc, %54
  %56 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %57 = extractelement <8 x float> %acc, i32 0
  %58 = extractelement <8 x float> %acc, i32 1
  %59 = extractelement <8 x float> %acc, i32 2
  %60 = extractelement <8 x float> %acc, i32 3
  %61 = extractelement <8 x float> %acc, i32 4
  %62 = extractelement <8 x float> %acc, i32 5
  %63 = extractelement <8 x float> %acc, i32 6
  %64 = extractelement <8 x float> %acc, i32 7
  %65 = fadd float %57, %58
  %66 = fadd float %59, %60
  %67 = fadd float %61, %62
  %68 = fadd float %63, %64
  %69 = fadd float %65, %66
  %70 = fadd float %67, %68
  %71 = fadd float %69, %70
  br label %loop9

loop9:                                            ; preds = %body10, %exit7
  %i12 = phi i64 [ 16, %exit7 ], [ %76, %body10 ]
  %acc13 = phi float [ %71, %exit7 ], [ %75, %body10 ]
  %72 = icmp slt i64 %i12, 16
  br i1 %72, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %73 = getelementptr inbounds float, float* %row, i64 %i12
  %74 = load float, float* %73, align 4
  %75 = fadd float %acc13, %74
  %76 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %77 = fdiv float %acc13, 1.600000e+01
  %78 = fmul float %33, %77
  br label %loop14

loop14:                                           ; preds = %body15, %exit11
  %i17 = phi i64 [ 0, %exit11 ], [ %103, %body15 ]
  %79 = icmp slt i64 %i17, 16
  br i1 %79, label %body15, label %exit16

body15:                                           ; preds = %loop14
  %80 = trunc i64 %30 to i32
  %81 = trunc i64 %i17 to i32
  %82 = add i32 %80, %81
  %83 = add i64 %24, %i17
  %84 = getelementptr inbounds float, float* %6, i64 %83
  %85 = load float, float* %84, align 4
  %86 = add i64 0, %i17
  %87 = getelementptr inbounds float, float* %9, i64 %86
  %88 = load float, float* %87, align 4
  %89 = add i64 %26, %i17
  %90 = getelementptr inbounds float, float* %12, i64 %89
  %91 = load float, float* %90, align 4
  %92 = add i64 %29, %i17
  %93 = getelementptr inbounds float, float* %18, i64 %92
  %94 = load float, float* %93, align 4
  %95 = fmul float %85, %88
  %96 = fmul float %95, %91
  %97 = fmul float %91, %78
  %98 = fsub float %95, %97
  %99 = fmul float %32, %98
  %100 = fadd float %94, %99
  %101 = add i64 %30, %i17
  %102 = getelementptr inbounds float, float* %21, i64 %101
  store float %100, float* %102, align 4
  %103 = add i64 %i17, 1
  br label %loop14

exit16:                                           ; preds = %loop14
  %104 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_39(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit11, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit11 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 256
  %15 = add i64 %14, 256
  %16 = icmp slt i64 %15, 16
  %17 = select i1 %16, i64 %15, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %exit7 ]
  %18 = icmp slt i64 %i4, 50
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 16
  br label %loop5

exit3:                                            ; preds = %loop1
  br label %loop9

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ %14, %body2 ], [ %23, %body6 ]
  %20 = icmp slt i64 %i8, %17
  br i1 %20, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %21 = add i64 %19, %i8
  %22 = getelementptr inbounds float, float* %12, i64 %21
  store float 0.000000e+00, float* %22, align 4
  %23 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %24 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %exit15, %exit3
  %i12 = phi i64 [ 0, %exit3 ], [ %42, %exit15 ]
  %25 = icmp slt i64 %i12, 16
  br i1 %25, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %26 = getelementptr inbounds i32, i32* %9, i64 %i12
  %27 = load i32, i32* %26, align 4
  %28 = sext i32 %27 to i64
  %29 = mul i64 %28, 16
  %30 = mul i64 %i12, 16
  br label %loop13

exit11:                                           ; preds = %loop9
  %31 = add i64 %i, 1
  br label %loop

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ %14, %body10 ], [ %41, %body14 ]
  %32 = icmp slt i64 %i16, %17
  br i1 %32, label %body14, label %exit15

body14:                                           ; preds = %loop13
  %33 = add i64 %29, %i16
  %34 = getelementptr inbounds float, float* %12, i64 %33
  %35 = load float, float* %34, align 4
  %36 = add i64 %30, %i16
  %37 = getelementptr inbounds float, float* %6, i64 %36
  %38 = load float, float* %37, align 4
  %39 = fadd float %35, %38
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i16, 1
  br label %loop13

exit15:                                           ; preds = %loop13
  %42 = add i64 %i12, 1
  br label %loop9
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_40(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %86, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %69, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %33, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %40, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %47, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %54, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %61, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %68, %body2 ]
  %12 = icmp slt i64 %i4, 800
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = add i64 %i4, 0
  %14 = add i64 0, %13
  %15 = getelementptr inbounds float, float* %6, i64 %14
  %16 = load float, float* %15, align 4
  %17 = add i64 %11, %13
  %18 = fmul float %16, %16
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  %21 = add i64 0, %20
  %22 = getelementptr inbounds float, float* %6, i64 %21
  %23 = load float, float* %22, align 4
  %24 = add i64 %11, %20
  %25 = fmul float %23, %23
  %26 = fadd float %acc5, %25
  %27 = add i64 %i4, 2
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %11, %27
  %32 = fmul float %30, %30
  %33 = fadd float %acc6, %32
  %34 = add i64 %i4, 3
  %35 = add i64 0, %34
  %36 = getelementptr inbounds float, float* %6, i64 %35
  %37 = load float, float* %36, align 4
  %38 = add i64 %11, %34
  %39 = fmul float %37, %37
  %40 = fadd float %acc7, %39
  %41 = add i64 %i4, 4
  %42 = add i64 0, %41
  %43 = getelementptr inbounds float, float* %6, i64 %42
  %44 = load float, float* %43, align 4
  %45 = add i64 %11, %41
  %46 = fmul float %44, %44
  %47 = fadd float %acc8, %46
  %48 = add i64 %i4, 5
  %49 = add i64 0, %48
  %50 = getelementptr inbounds float, float* %6, i64 %49
  %51 = load float, float* %50, align 4
  %52 = add i64 %11, %48
  %53 = fmul float %51, %51
  %54 = fadd float %acc9, %53
  %55 = add i64 %i4, 6
  %56 = add i64 0, %55
  %57 = getelementptr inbounds float, float* %6, i64 %56
  %58 = load float, float* %57, align 4
  %59 = add i64 %11, %55
  %60 = fmul float %58, %58
  %61 = fadd float %acc10, %60
  %62 = add i64 %i4, 7
  %63 = add i64 0, %62
  %64 = getelementptr inbounds float, float* %6, i64 %63
  %65 = load float, float* %64, align 4
  %66 = add i64 %11, %62
  %67 = fmul float %65, %65
  %68 = fadd float %acc11, %67
  %69 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %70 = fadd float %acc, %acc5
  %71 = fadd float %acc6, %acc7
  %72 = fadd float %acc8, %acc9
  %73 = fadd float %acc10, %acc11
  %74 = fadd float %70, %71
  %75 = fadd float %72, %73
  %76 = fadd float %74, %75
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 800, %exit3 ], [ %84, %body13 ]
  %acc16 = phi float [ %76, %exit3 ], [ %83, %body13 ]
  %77 = icmp slt i64 %i15, 800
  br i1 %77, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %78 = add i64 0, %i15
  %79 = getelementptr inbounds float, float* %6, i64 %78
  %80 = load float, float* %79, align 4
  %81 = add i64 %11, %i15
  %82 = fmul float %80, %80
  %83 = fadd float %acc16, %82
  %84 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %85 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %85, align 4
  %86 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_41(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %86, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %69, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %33, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %40, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %47, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %54, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %61, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %68, %body2 ]
  %12 = icmp slt i64 %i4, 48
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = add i64 %i4, 0
  %14 = add i64 0, %13
  %15 = getelementptr inbounds float, float* %6, i64 %14
  %16 = load float, float* %15, align 4
  %17 = add i64 %11, %13
  %18 = fmul float %16, %16
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  %21 = add i64 0, %20
  %22 = getelementptr inbounds float, float* %6, i64 %21
  %23 = load float, float* %22, align 4
  %24 = add i64 %11, %20
  %25 = fmul float %23, %23
  %26 = fadd float %acc5, %25
  %27 = add i64 %i4, 2
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %11, %27
  %32 = fmul float %30, %30
  %33 = fadd float %acc6, %32
  %34 = add i64 %i4, 3
  %35 = add i64 0, %34
  %36 = getelementptr inbounds float, float* %6, i64 %35
  %37 = load float, float* %36, align 4
  %38 = add i64 %11, %34
  %39 = fmul float %37, %37
  %40 = fadd float %acc7, %39
  %41 = add i64 %i4, 4
  %42 = add i64 0, %41
  %43 = getelementptr inbounds float, float* %6, i64 %42
  %44 = load float, float* %43, align 4
  %45 = add i64 %11, %41
  %46 = fmul float %44, %44
  %47 = fadd float %acc8, %46
  %48 = add i64 %i4, 5
  %49 = add i64 0, %48
  %50 = getelementptr inbounds float, float* %6, i64 %49
  %51 = load float, float* %50, align 4
  %52 = add i64 %11, %48
  %53 = fmul float %51, %51
  %54 = fadd float %acc9, %53
  %55 = add i64 %i4, 6
  %56 = add i64 0, %55
  %57 = getelementptr inbounds float, float* %6, i64 %56
  %58 = load float, float* %57, align 4
  %59 = add i64 %11, %55
  %60 = fmul float %58, %58
  %61 = fadd float %acc10, %60
  %62 = add i64 %i4, 7
  %63 = add i64 0, %62
  %64 = getelementptr inbounds float, float* %6, i64 %63
  %65 = load float, float* %64, align 4
  %66 = add i64 %11, %62
  %67 = fmul float %65, %65
  %68 = fadd float %acc11, %67
  %69 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %70 = fadd float %acc, %acc5
  %71 = fadd float %acc6, %acc7
  %72 = fadd float %acc8, %acc9
  %73 = fadd float %acc10, %acc11
  %74 = fadd float %70, %71
  %75 = fadd float %72, %73
  %76 = fadd float %74, %75
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 48, %exit3 ], [ %84, %body13 ]
  %acc16 = phi float [ %76, %exit3 ], [ %83, %body13 ]
  %77 = icmp slt i64 %i15, 48
  br i1 %77, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %78 = add i64 0, %i15
  %79 = getelementptr inbounds float, float* %6, i64 %78
  %80 = load float, float* %79, align 4
  %81 = add i64 %11, %i15
  %82 = fmul float %80, %80
  %83 = fadd float %acc16, %82
  %84 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %85 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %85, align 4
  %86 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_42(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %86, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %69, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %33, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %40, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %47, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %54, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %61, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %68, %body2 ]
  %12 = icmp slt i64 %i4, 16
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = add i64 %i4, 0
  %14 = add i64 0, %13
  %15 = getelementptr inbounds float, float* %6, i64 %14
  %16 = load float, float* %15, align 4
  %17 = add i64 %11, %13
  %18 = fmul float %16, %16
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  %21 = add i64 0, %20
  %22 = getelementptr inbounds float, float* %6, i64 %21
  %23 = load float, float* %22, align 4
  %24 = add i64 %11, %20
  %25 = fmul float %23, %23
  %26 = fadd float %acc5, %25
  %27 = add i64 %i4, 2
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %11, %27
  %32 = fmul float %30, %30
  %33 = fadd float %acc6, %32
  %34 = add i64 %i4, 3
  %35 = add i64 0, %34
  %36 = getelementptr inbounds float, float* %6, i64 %35
  %37 = load float, float* %36, align 4
  %38 = add i64 %11, %34
  %39 = fmul float %37, %37
  %40 = fadd float %acc7, %39
  %41 = add i64 %i4, 4
  %42 = add i64 0, %41
  %43 = getelementptr inbounds float, float* %6, i64 %42
  %44 = load float, float* %43, align 4
  %45 = add i64 %11, %41
  %46 = fmul float %44, %44
  %47 = fadd float %acc8, %46
  %48 = add i64 %i4, 5
  %49 = add i64 0, %48
  %50 = getelementptr inbounds float, float* %6, i64 %49
  %51 = load float, float* %50, align 4
  %52 = add i64 %11, %48
  %53 = fmul float %51, %51
  %54 = fadd float %acc9, %53
  %55 = add i64 %i4, 6
  %56 = add i64 0, %55
  %57 = getelementptr inbounds float, float* %6, i64 %56
  %58 = load float, float* %57, align 4
  %59 = add i64 %11, %55
  %60 = fmul float %58, %58
  %61 = fadd float %acc10, %60
  %62 = add i64 %i4, 7
  %63 = add i64 0, %62
  %64 = getelementptr inbounds float, float* %6, i64 %63
  %65 = load float, float* %64, align 4
  %66 = add i64 %11, %62
  %67 = fmul float %65, %65
  %68 = fadd float %acc11, %67
  %69 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %70 = fadd float %acc, %acc5
  %71 = fadd float %acc6, %acc7
  %72 = fadd float %acc8, %acc9
  %73 = fadd float %acc10, %acc11
  %74 = fadd float %70, %71
  %75 = fadd float %72, %73
  %76 = fadd float %74, %75
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %84, %body13 ]
  %acc16 = phi float [ %76, %exit3 ], [ %83, %body13 ]
  %77 = icmp slt i64 %i15, 16
  br i1 %77, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %78 = add i64 0, %i15
  %79 = getelementptr inbounds float, float* %6, i64 %78
  %80 = load float, float* %79, align 4
  %81 = add i64 %11, %i15
  %82 = fmul float %80, %80
  %83 = fadd float %acc16, %82
  %84 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %85 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %85, align 4
  %86 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_43(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %86, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %69, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %33, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %40, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %47, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %54, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %61, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %68, %body2 ]
  %12 = icmp slt i64 %i4, 256
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = add i64 %i4, 0
  %14 = add i64 0, %13
  %15 = getelementptr inbounds float, float* %6, i64 %14
  %16 = load float, float* %15, align 4
  %17 = add i64 %11, %13
  %18 = fmul float %16, %16
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  %21 = add i64 0, %20
  %22 = getelementptr inbounds float, float* %6, i64 %21
  %23 = load float, float* %22, align 4
  %24 = add i64 %11, %20
  %25 = fmul float %23, %23
  %26 = fadd float %acc5, %25
  %27 = add i64 %i4, 2
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %11, %27
  %32 = fmul float %30, %30
  %33 = fadd float %acc6, %32
  %34 = add i64 %i4, 3
  %35 = add i64 0, %34
  %36 = getelementptr inbounds float, float* %6, i64 %35
  %37 = load float, float* %36, align 4
  %38 = add i64 %11, %34
  %39 = fmul float %37, %37
  %40 = fadd float %acc7, %39
  %41 = add i64 %i4, 4
  %42 = add i64 0, %41
  %43 = getelementptr inbounds float, float* %6, i64 %42
  %44 = load float, float* %43, align 4
  %45 = add i64 %11, %41
  %46 = fmul float %44, %44
  %47 = fadd float %acc8, %46
  %48 = add i64 %i4, 5
  %49 = add i64 0, %48
  %50 = getelementptr inbounds float, float* %6, i64 %49
  %51 = load float, float* %50, align 4
  %52 = add i64 %11, %48
  %53 = fmul float %51, %51
  %54 = fadd float %acc9, %53
  %55 = add i64 %i4, 6
  %56 = add i64 0, %55
  %57 = getelementptr inbounds float, float* %6, i64 %56
  %58 = load float, float* %57, align 4
  %59 = add i64 %11, %55
  %60 = fmul float %58, %58
  %61 = fadd float %acc10, %60
  %62 = add i64 %i4, 7
  %63 = add i64 0, %62
  %64 = getelementptr inbounds float, float* %6, i64 %63
  %65 = load float, float* %64, align 4
  %66 = add i64 %11, %62
  %67 = fmul float %65, %65
  %68 = fadd float %acc11, %67
  %69 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %70 = fadd float %acc, %acc5
  %71 = fadd float %acc6, %acc7
  %72 = fadd float %acc8, %acc9
  %73 = fadd float %acc10, %acc11
  %74 = fadd float %70, %71
  %75 = fadd float %72, %73
  %76 = fadd float %74, %75
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 256, %exit3 ], [ %84, %body13 ]
  %acc16 = phi float [ %76, %exit3 ], [ %83, %body13 ]
  %77 = icmp slt i64 %i15, 256
  br i1 %77, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %78 = add i64 0, %i15
  %79 = getelementptr inbounds float, float* %6, i64 %78
  %80 = load float, float* %79, align 4
  %81 = add i64 %11, %i15
  %82 = fmul float %80, %80
  %83 = fadd float %acc16, %82
  %84 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %85 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %85, align 4
  %86 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_44(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %86, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %69, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %33, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %40, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %47, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %54, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %61, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %68, %body2 ]
  %12 = icmp slt i64 %i4, 512
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = add i64 %i4, 0
  %14 = add i64 0, %13
  %15 = getelementptr inbounds float, float* %6, i64 %14
  %16 = load float, float* %15, align 4
  %17 = add i64 %11, %13
  %18 = fmul float %16, %16
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  %21 = add i64 0, %20
  %22 = getelementptr inbounds float, float* %6, i64 %21
  %23 = load float, float* %22, align 4
  %24 = add i64 %11, %20
  %25 = fmul float %23, %23
  %26 = fadd float %acc5, %25
  %27 = add i64 %i4, 2
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %11, %27
  %32 = fmul float %30, %30
  %33 = fadd float %acc6, %32
  %34 = add i64 %i4, 3
  %35 = add i64 0, %34
  %36 = getelementptr inbounds float, float* %6, i64 %35
  %37 = load float, float* %36, align 4
  %38 = add i64 %11, %34
  %39 = fmul float %37, %37
  %40 = fadd float %acc7, %39
  %41 = add i64 %i4, 4
  %42 = add i64 0, %41
  %43 = getelementptr inbounds float, float* %6, i64 %42
  %44 = load float, float* %43, align 4
  %45 = add i64 %11, %41
  %46 = fmul float %44, %44
  %47 = fadd float %acc8, %46
  %48 = add i64 %i4, 5
  %49 = add i64 0, %48
  %50 = getelementptr inbounds float, float* %6, i64 %49
  %51 = load float, float* %50, align 4
  %52 = add i64 %11, %48
  %53 = fmul float %51, %51
  %54 = fadd float %acc9, %53
  %55 = add i64 %i4, 6
  %56 = add i64 0, %55
  %57 = getelementptr inbounds float, float* %6, i64 %56
  %58 = load float, float* %57, align 4
  %59 = add i64 %11, %55
  %60 = fmul float %58, %58
  %61 = fadd float %acc10, %60
  %62 = add i64 %i4, 7
  %63 = add i64 0, %62
  %64 = getelementptr inbounds float, float* %6, i64 %63
  %65 = load float, float* %64, align 4
  %66 = add i64 %11, %62
  %67 = fmul float %65, %65
  %68 = fadd float %acc11, %67
  %69 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %70 = fadd float %acc, %acc5
  %71 = fadd float %acc6, %acc7
  %72 = fadd float %acc8, %acc9
  %73 = fadd float %acc10, %acc11
  %74 = fadd float %70, %71
  %75 = fadd float %72, %73
  %76 = fadd float %74, %75
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 512, %exit3 ], [ %84, %body13 ]
  %acc16 = phi float [ %76, %exit3 ], [ %83, %body13 ]
  %77 = icmp slt i64 %i15, 512
  br i1 %77, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %78 = add i64 0, %i15
  %79 = getelementptr inbounds float, float* %6, i64 %78
  %80 = load float, float* %79, align 4
  %81 = add i64 %11, %i15
  %82 = fmul float %80, %80
  %83 = fadd float %acc16, %82
  %84 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %85 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %85, align 4
  %86 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_45(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds float, float* %9, i64 0
  %11 = load float, float* %10, align 4
  %12 = getelementptr inbounds i8*, i8** %3, i64 2
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  %15 = getelementptr inbounds float, float* %14, i64 0
  %16 = load float, float* %15, align 4
  %17 = getelementptr inbounds i8*, i8** %3, i64 3
  %18 = load i8*, i8** %17, align 8
  %19 = bitcast i8* %18 to float*
  %20 = getelementptr inbounds float, float* %19, i64 0
  %21 = load float, float* %20, align 4
  %22 = getelementptr inbounds i8*, i8** %3, i64 4
  %23 = load i8*, i8** %22, align 8
  %24 = bitcast i8* %23 to float*
  %25 = getelementptr inbounds float, float* %24, i64 0
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds i8*, i8** %3, i64 5
  %28 = load i8*, i8** %27, align 8
  %29 = bitcast i8* %28 to float*
  %30 = getelementptr inbounds float, float* %29, i64 0
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds i8*, i8** %3, i64 6
  %33 = load i8*, i8** %32, align 8
  %34 = bitcast i8* %33 to float*
  %35 = getelementptr inbounds float, float* %34, i64 0
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds i8*, i8** %3, i64 7
  %38 = load i8*, i8** %37, align 8
  %39 = bitcast i8* %38 to float*
  %40 = getelementptr inbounds float, float* %39, i64 0
  %41 = load float, float* %40, align 4
  %42 = getelementptr inbounds i8*, i8** %3, i64 8
  %43 = load i8*, i8** %42, align 8
  %44 = bitcast i8* %43 to float*
  %45 = getelementptr inbounds float, float* %44, i64 0
  %46 = load float, float* %45, align 4
  %47 = getelementptr inbounds i8*, i8** %3, i64 9
  %48 = load i8*, i8** %47, align 8
  %49 = bitcast i8* %48 to float*
  %50 = getelementptr inbounds float, float* %49, i64 0
  %51 = load float, float* %50, align 4
  %52 = getelementptr inbounds i8*, i8** %3, i64 10
  %53 = load i8*, i8** %52, align 8
  %54 = bitcast i8* %53 to float*
  %55 = getelementptr inbounds float, float* %54, i64 0
  %56 = load float, float* %55, align 4
  %57 = fadd float %11, %16
  %58 = fadd float %57, %21
  %59 = fadd float %58, %26
  %60 = fadd float %59, %31
  %61 = fadd float %60, %36
  %62 = fadd float %61, %41
  %63 = fadd float %62, %46
  %64 = fadd float %63, %51
  %65 = fadd float %64, %56
  %66 = call float @llvm.sqrt.f32(float %65)
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %75, %exit3 ]
  %67 = icmp slt i64 %i, %2
  br i1 %67, label %body, label %exit

body:                                             ; preds = %loop
  %68 = mul i64 %i, 4096
  %69 = add i64 %68, 4096
  %70 = icmp slt i64 %69, 1
  %71 = select i1 %70, i64 %69, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %68, %body ], [ %74, %body2 ]
  %72 = icmp slt i64 %i4, %71
  br i1 %72, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %73 = getelementptr inbounds float, float* %6, i64 0
  store float %66, float* %73, align 4
  %74 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %75 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_46(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1
  %17 = select i1 %16, i64 %15, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %25, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = getelementptr inbounds float, float* %9, i64 0
  %20 = load float, float* %19, align 4
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = fadd float %20, %22
  %24 = getelementptr inbounds float, float* %6, i64 0
  store float %23, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_47(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 0
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  %16 = getelementptr inbounds i8*, i8** %3, i64 3
  %17 = load i8*, i8** %16, align 8
  %18 = bitcast i8* %17 to float*
  %19 = getelementptr inbounds i8*, i8** %3, i64 1
  %20 = load i8*, i8** %19, align 8
  %21 = bitcast i8* %20 to float*
  %22 = getelementptr inbounds i8*, i8** %3, i64 2
  %23 = load i8*, i8** %22, align 8
  %24 = bitcast i8* %23 to float*
  %25 = getelementptr inbounds i8*, i8** %3, i64 4
  %26 = load i8*, i8** %25, align 8
  %27 = bitcast i8* %26 to float*
  %28 = getelementptr inbounds float, float* %27, i64 0
  %29 = load float, float* %28, align 4
  %30 = getelementptr inbounds i8*, i8** %3, i64 5
  %31 = load i8*, i8** %30, align 8
  %32 = bitcast i8* %31 to float*
  %33 = getelementptr inbounds float, float* %32, i64 0
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds i8*, i8** %3, i64 6
  %36 = load i8*, i8** %35, align 8
  %37 = bitcast i8* %36 to float*
  %38 = getelementptr inbounds float, float* %37, i64 0
  %39 = load float, float* %38, align 4
  %40 = fadd float %39, 0x3EB0C6F7A0000000
  %41 = fdiv float 1.000000e+00, %40
  %42 = fcmp uno float %41, 1.000000e+00
  %43 = fcmp olt float 1.000000e+00, %41
  %44 = select i1 %43, float 1.000000e+00, float %41
  %45 = select i1 %42, float 0x7FF8000000000000, float %44
  %46 = call float @powf(float 0x3FECCCCCC0000000, float %29)
  %47 = fsub float 1.000000e+00, %46
  %48 = call float @powf(float 0x3FEFF7CEE0000000, float %29)
  %49 = fsub float 1.000000e+00, %48
  %50 = call float @llvm.sqrt.f32(float %49)
  %51 = fmul float %34, 0x3F50624DE0000000
  %52 = fmul float %51, 0x3F847AE140000000
  %53 = fsub float 1.000000e+00, %52
  %54 = fdiv float %51, %47
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %93, %exit3 ]
  %55 = icmp slt i64 %i, %2
  br i1 %55, label %body, label %exit

body:                                             ; preds = %loop
  %56 = mul i64 %i, 4096
  %57 = add i64 %56, 4096
  %58 = icmp slt i64 %57, 800
  %59 = select i1 %58, i64 %57, i64 800
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %56, %body ], [ %92, %body2 ]
  %60 = icmp slt i64 %i4, %59
  br i1 %60, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %61 = add i64 0, %i4
  %62 = add i64 0, %i4
  %63 = add i64 0, %i4
  %64 = add i64 0, %i4
  %65 = add i64 0, %i4
  %66 = getelementptr inbounds float, float* %15, i64 %62
  %67 = load float, float* %66, align 4
  %68 = getelementptr inbounds float, float* %18, i64 %63
  %69 = load float, float* %68, align 4
  %70 = getelementptr inbounds float, float* %21, i64 %64
  %71 = load float, float* %70, align 4
  %72 = getelementptr inbounds float, float* %24, i64 %65
  %73 = load float, float* %72, align 4
  %74 = fmul float %69, %45
  %75 = fmul float %73, 0x3FECCCCCC0000000
  %76 = fmul float %74, 0x3FB99999A0000000
  %77 = fadd float %75, %76
  %78 = fmul float %71, 0x3FEFF7CEE0000000
  %79 = fmul float %74, %74
  %80 = fmul float %79, 0x3F50624DE0000000
  %81 = fadd float %78, %80
  %82 = fmul float %67, %53
  %83 = call float @llvm.sqrt.f32(float %81)
  %84 = fdiv float %83, %50
  %85 = fadd float %84, 0x3E45798EE0000000
  %86 = fdiv float %77, %85
  %87 = fmul float %54, %86
  %88 = fsub float %82, %87
  %89 = getelementptr inbounds float, float* %6, i64 %61
  store float %88, float* %89, align 4
  %90 = getelementptr inbounds float, float* %9, i64 %61
  store float %81, float* %90, align 4
  %91 = getelementptr inbounds float, float* %12, i64 %61
  store float %77, float* %91, align 4
  %92 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %93 = add i64 %i, 1
  br label %loop
}

declare float @powf(float, float)

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_48(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 0
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  %16 = getelementptr inbounds i8*, i8** %3, i64 3
  %17 = load i8*, i8** %16, align 8
  %18 = bitcast i8* %17 to float*
  %19 = getelementptr inbounds i8*, i8** %3, i64 1
  %20 = load i8*, i8** %19, align 8
  %21 = bitcast i8* %20 to float*
  %22 = getelementptr inbounds i8*, i8** %3, i64 2
  %23 = load i8*, i8** %22, align 8
  %24 = bitcast i8* %23 to float*
  %25 = getelementptr inbounds i8*, i8** %3, i64 4
  %26 = load i8*, i8** %25, align 8
  %27 = bitcast i8* %26 to float*
  %28 = getelementptr inbounds float, float* %27, i64 0
  %29 = load float, float* %28, align 4
  %30 = getelementptr inbounds i8*, i8** %3, i64 5
  %31 = load i8*, i8** %30, align 8
  %32 = bitcast i8* %31 to float*
  %33 = getelementptr inbounds float, float* %32, i64 0
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds i8*, i8** %3, i64 6
  %36 = load i8*, i8** %35, align 8
  %37 = bitcast i8* %36 to float*
  %38 = getelementptr inbounds float, float* %37, i64 0
  %39 = load float, float* %38, align 4
  %40 = fadd float %39, 0x3EB0C6F7A0000000
  %41 = fdiv float 1.000000e+00, %40
  %42 = fcmp uno float %41, 1.000000e+00
  %43 = fcmp olt float 1.000000e+00, %41
  %44 = select i1 %43, float 1.000000e+00, float %41
  %45 = select i1 %42, float 0x7FF8000000000000, float %44
  %46 = call float @powf(float 0x3FECCCCCC0000000, float %29)
  %47 = fsub float 1.000000e+00, %46
  %48 = call float @powf(float 0x3FEFF7CEE0000000, float %29)
  %49 = fsub float 1.000000e+00, %48
  %50 = call float @llvm.sqrt.f32(float %49)
  %51 = fmul float %34, 0x3F50624DE0000000
  %52 = fmul float %51, 0x3F847AE140000000
  %53 = fsub float 1.000000e+00, %52
  %54 = fdiv float %51, %47
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %93, %exit3 ]
  %55 = icmp slt i64 %i, %2
  br i1 %55, label %body, label %exit

body:                                             ; preds = %loop
  %56 = mul i64 %i, 4096
  %57 = add i64 %56, 4096
  %58 = icmp slt i64 %57, 48
  %59 = select i1 %58, i64 %57, i64 48
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %56, %body ], [ %92, %body2 ]
  %60 = icmp slt i64 %i4, %59
  br i1 %60, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %61 = add i64 0, %i4
  %62 = add i64 0, %i4
  %63 = add i64 0, %i4
  %64 = add i64 0, %i4
  %65 = add i64 0, %i4
  %66 = getelementptr inbounds float, float* %15, i64 %62
  %67 = load float, float* %66, align 4
  %68 = getelementptr inbounds float, float* %18, i64 %63
  %69 = load float, float* %68, align 4
  %70 = getelementptr inbounds float, float* %21, i64 %64
  %71 = load float, float* %70, align 4
  %72 = getelementptr inbounds float, float* %24, i64 %65
  %73 = load float, float* %72, align 4
  %74 = fmul float %69, %45
  %75 = fmul float %73, 0x3FECCCCCC0000000
  %76 = fmul float %74, 0x3FB99999A0000000
  %77 = fadd float %75, %76
  %78 = fmul float %71, 0x3FEFF7CEE0000000
  %79 = fmul float %74, %74
  %80 = fmul float %79, 0x3F50624DE0000000
  %81 = fadd float %78, %80
  %82 = fmul float %67, %53
  %83 = call float @llvm.sqrt.f32(float %81)
  %84 = fdiv float %83, %50
  %85 = fadd float %84, 0x3E45798EE0000000
  %86 = fdiv float %77, %85
  %87 = fmul float %54, %86
  %88 = fsub float %82, %87
  %89 = getelementptr inbounds float, float* %6, i64 %61
  store float %88, float* %89, align 4
  %90 = getelementptr inbounds float, float* %9, i64 %61
  store float %81, float* %90, align 4
  %91 = getelementptr inbounds float, float* %12, i64 %61
  store float %77, float* %91, align 4
  %92 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %93 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_49(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 0
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  %16 = getelementptr inbounds i8*, i8** %3, i64 3
  %17 = load i8*, i8** %16, align 8
  %18 = bitcast i8* %17 to float*
  %19 = getelementptr inbounds i8*, i8** %3, i64 1
  %20 = load i8*, i8** %19, align 8
  %21 = bitcast i8* %20 to float*
  %22 = getelementptr inbounds i8*, i8** %3, i64 2
  %23 = load i8*, i8** %22, align 8
  %24 = bitcast i8* %23 to float*
  %25 = getelementptr inbounds i8*, i8** %3, i64 4
  %26 = load i8*, i8** %25, align 8
  %27 = bitcast i8* %26 to float*
  %28 = getelementptr inbounds float, float* %27, i64 0
  %29 = load float, float* %28, align 4
  %30 = getelementptr inbounds i8*, i8** %3, i64 5
  %31 = load i8*, i8** %30, align 8
  %32 = bitcast i8* %31 to float*
  %33 = getelementptr inbounds float, float* %32, i64 0
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds i8*, i8** %3, i64 6
  %36 = load i8*, i8** %35, align 8
  %37 = bitcast i8* %36 to float*
  %38 = getelementptr inbounds float, float* %37, i64 0
  %39 = load float, float* %38, align 4
  %40 = fadd float %39, 0x3EB0C6F7A0000000
  %41 = fdiv float 1.000000e+00, %40
  %42 = fcmp uno float %41, 1.000000e+00
  %43 = fcmp olt float 1.000000e+00, %41
  %44 = select i1 %43, float 1.000000e+00, float %41
  %45 = select i1 %42, float 0x7FF8000000000000, float %44
  %46 = call float @powf(float 0x3FECCCCCC0000000, float %29)
  %47 = fsub float 1.000000e+00, %46
  %48 = call float @powf(float 0x3FEFF7CEE0000000, float %29)
  %49 = fsub float 1.000000e+00, %48
  %50 = call float @llvm.sqrt.f32(float %49)
  %51 = fmul float %34, 0x3F50624DE0000000
  %52 = fmul float %51, 0x3F847AE140000000
  %53 = fsub float 1.000000e+00, %52
  %54 = fdiv float %51, %47
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %93, %exit3 ]
  %55 = icmp slt i64 %i, %2
  br i1 %55, label %body, label %exit

body:                                             ; preds = %loop
  %56 = mul i64 %i, 4096
  %57 = add i64 %56, 4096
  %58 = icmp slt i64 %57, 16
  %59 = select i1 %58, i64 %57, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %56, %body ], [ %92, %body2 ]
  %60 = icmp slt i64 %i4, %59
  br i1 %60, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %61 = add i64 0, %i4
  %62 = add i64 0, %i4
  %63 = add i64 0, %i4
  %64 = add i64 0, %i4
  %65 = add i64 0, %i4
  %66 = getelementptr inbounds float, float* %15, i64 %62
  %67 = load float, float* %66, align 4
  %68 = getelementptr inbounds float, float* %18, i64 %63
  %69 = load float, float* %68, align 4
  %70 = getelementptr inbounds float, float* %21, i64 %64
  %71 = load float, float* %70, align 4
  %72 = getelementptr inbounds float, float* %24, i64 %65
  %73 = load float, float* %72, align 4
  %74 = fmul float %69, %45
  %75 = fmul float %73, 0x3FECCCCCC0000000
  %76 = fmul float %74, 0x3FB99999A0000000
  %77 = fadd float %75, %76
  %78 = fmul float %71, 0x3FEFF7CEE0000000
  %79 = fmul float %74, %74
  %80 = fmul float %79, 0x3F50624DE0000000
  %81 = fadd float %78, %80
  %82 = fmul float %67, %53
  %83 = call float @llvm.sqrt.f32(float %81)
  %84 = fdiv float %83, %50
  %85 = fadd float %84, 0x3E45798EE0000000
  %86 = fdiv float %77, %85
  %87 = fmul float %54, %86
  %88 = fsub float %82, %87
  %89 = getelementptr inbounds float, float* %6, i64 %61
  store float %88, float* %89, align 4
  %90 = getelementptr inbounds float, float* %9, i64 %61
  store float %81, float* %90, align 4
  %91 = getelementptr inbounds float, float* %12, i64 %61
  store float %77, float* %91, align 4
  %92 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %93 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_50(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 0
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  %16 = getelementptr inbounds i8*, i8** %3, i64 3
  %17 = load i8*, i8** %16, align 8
  %18 = bitcast i8* %17 to float*
  %19 = getelementptr inbounds i8*, i8** %3, i64 1
  %20 = load i8*, i8** %19, align 8
  %21 = bitcast i8* %20 to float*
  %22 = getelementptr inbounds i8*, i8** %3, i64 2
  %23 = load i8*, i8** %22, align 8
  %24 = bitcast i8* %23 to float*
  %25 = getelementptr inbounds i8*, i8** %3, i64 4
  %26 = load i8*, i8** %25, align 8
  %27 = bitcast i8* %26 to float*
  %28 = getelementptr inbounds float, float* %27, i64 0
  %29 = load float, float* %28, align 4
  %30 = getelementptr inbounds i8*, i8** %3, i64 5
  %31 = load i8*, i8** %30, align 8
  %32 = bitcast i8* %31 to float*
  %33 = getelementptr inbounds float, float* %32, i64 0
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds i8*, i8** %3, i64 6
  %36 = load i8*, i8** %35, align 8
  %37 = bitcast i8* %36 to float*
  %38 = getelementptr inbounds float, float* %37, i64 0
  %39 = load float, float* %38, align 4
  %40 = fadd float %39, 0x3EB0C6F7A0000000
  %41 = fdiv float 1.000000e+00, %40
  %42 = fcmp uno float %41, 1.000000e+00
  %43 = fcmp olt float 1.000000e+00, %41
  %44 = select i1 %43, float 1.000000e+00, float %41
  %45 = select i1 %42, float 0x7FF8000000000000, float %44
  %46 = call float @powf(float 0x3FECCCCCC0000000, float %29)
  %47 = fsub float 1.000000e+00, %46
  %48 = call float @powf(float 0x3FEFF7CEE0000000, float %29)
  %49 = fsub float 1.000000e+00, %48
  %50 = call float @llvm.sqrt.f32(float %49)
  %51 = fmul float %34, 0x3F50624DE0000000
  %52 = fmul float %51, 0x3F847AE140000000
  %53 = fsub float 1.000000e+00, %52
  %54 = fdiv float %51, %47
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %93, %exit3 ]
  %55 = icmp slt i64 %i, %2
  br i1 %55, label %body, label %exit

body:                                             ; preds = %loop
  %56 = mul i64 %i, 4096
  %57 = add i64 %56, 4096
  %58 = icmp slt i64 %57, 256
  %59 = select i1 %58, i64 %57, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %56, %body ], [ %92, %body2 ]
  %60 = icmp slt i64 %i4, %59
  br i1 %60, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %61 = add i64 0, %i4
  %62 = add i64 0, %i4
  %63 = add i64 0, %i4
  %64 = add i64 0, %i4
  %65 = add i64 0, %i4
  %66 = getelementptr inbounds float, float* %15, i64 %62
  %67 = load float, float* %66, align 4
  %68 = getelementptr inbounds float, float* %18, i64 %63
  %69 = load float, float* %68, align 4
  %70 = getelementptr inbounds float, float* %21, i64 %64
  %71 = load float, float* %70, align 4
  %72 = getelementptr inbounds float, float* %24, i64 %65
  %73 = load float, float* %72, align 4
  %74 = fmul float %69, %45
  %75 = fmul float %73, 0x3FECCCCCC0000000
  %76 = fmul float %74, 0x3FB99999A0000000
  %77 = fadd float %75, %76
  %78 = fmul float %71, 0x3FEFF7CEE0000000
  %79 = fmul float %74, %74
  %80 = fmul float %79, 0x3F50624DE0000000
  %81 = fadd float %78, %80
  %82 = fmul float %67, %53
  %83 = call float @llvm.sqrt.f32(float %81)
  %84 = fdiv float %83, %50
  %85 = fadd float %84, 0x3E45798EE0000000
  %86 = fdiv float %77, %85
  %87 = fmul float %54, %86
  %88 = fsub float %82, %87
  %89 = getelementptr inbounds float, float* %6, i64 %61
  store float %88, float* %89, align 4
  %90 = getelementptr inbounds float, float* %9, i64 %61
  store float %81, float* %90, align 4
  %91 = getelementptr inbounds float, float* %12, i64 %61
  store float %77, float* %91, align 4
  %92 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %93 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_51(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 0
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  %16 = getelementptr inbounds i8*, i8** %3, i64 3
  %17 = load i8*, i8** %16, align 8
  %18 = bitcast i8* %17 to float*
  %19 = getelementptr inbounds i8*, i8** %3, i64 1
  %20 = load i8*, i8** %19, align 8
  %21 = bitcast i8* %20 to float*
  %22 = getelementptr inbounds i8*, i8** %3, i64 2
  %23 = load i8*, i8** %22, align 8
  %24 = bitcast i8* %23 to float*
  %25 = getelementptr inbounds i8*, i8** %3, i64 4
  %26 = load i8*, i8** %25, align 8
  %27 = bitcast i8* %26 to float*
  %28 = getelementptr inbounds float, float* %27, i64 0
  %29 = load float, float* %28, align 4
  %30 = getelementptr inbounds i8*, i8** %3, i64 5
  %31 = load i8*, i8** %30, align 8
  %32 = bitcast i8* %31 to float*
  %33 = getelementptr inbounds float, float* %32, i64 0
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds i8*, i8** %3, i64 6
  %36 = load i8*, i8** %35, align 8
  %37 = bitcast i8* %36 to float*
  %38 = getelementptr inbounds float, float* %37, i64 0
  %39 = load float, float* %38, align 4
  %40 = fadd float %39, 0x3EB0C6F7A0000000
  %41 = fdiv float 1.000000e+00, %40
  %42 = fcmp uno float %41, 1.000000e+00
  %43 = fcmp olt float 1.000000e+00, %41
  %44 = select i1 %43, float 1.000000e+00, float %41
  %45 = select i1 %42, float 0x7FF8000000000000, float %44
  %46 = call float @powf(float 0x3FECCCCCC0000000, float %29)
  %47 = fsub float 1.000000e+00, %46
  %48 = call float @powf(float 0x3FEFF7CEE0000000, float %29)
  %49 = fsub float 1.000000e+00, %48
  %50 = call float @llvm.sqrt.f32(float %49)
  %51 = fmul float %34, 0x3F50624DE0000000
  %52 = fmul float %51, 0x3F847AE140000000
  %53 = fsub float 1.000000e+00, %52
  %54 = fdiv float %51, %47
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %93, %exit3 ]
  %55 = icmp slt i64 %i, %2
  br i1 %55, label %body, label %exit

body:                                             ; preds = %loop
  %56 = mul i64 %i, 4096
  %57 = add i64 %56, 4096
  %58 = icmp slt i64 %57, 512
  %59 = select i1 %58, i64 %57, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %56, %body ], [ %92, %body2 ]
  %60 = icmp slt i64 %i4, %59
  br i1 %60, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %61 = add i64 0, %i4
  %62 = add i64 0, %i4
  %63 = add i64 0, %i4
  %64 = add i64 0, %i4
  %65 = add i64 0, %i4
  %66 = getelementptr inbounds float, float* %15, i64 %62
  %67 = load float, float* %66, align 4
  %68 = getelementptr inbounds float, float* %18, i64 %63
  %69 = load float, float* %68, align 4
  %70 = getelementptr inbounds float, float* %21, i64 %64
  %71 = load float, float* %70, align 4
  %72 = getelementptr inbounds float, float* %24, i64 %65
  %73 = load float, float* %72, align 4
  %74 = fmul float %69, %45
  %75 = fmul float %73, 0x3FECCCCCC0000000
  %76 = fmul float %74, 0x3FB99999A0000000
  %77 = fadd float %75, %76
  %78 = fmul float %71, 0x3FEFF7CEE0000000
  %79 = fmul float %74, %74
  %80 = fmul float %79, 0x3F50624DE0000000
  %81 = fadd float %78, %80
  %82 = fmul float %67, %53
  %83 = call float @llvm.sqrt.f32(float %81)
  %84 = fdiv float %83, %50
  %85 = fadd float %84, 0x3E45798EE0000000
  %86 = fdiv float %77, %85
  %87 = fmul float %54, %86
  %88 = fsub float %82, %87
  %89 = getelementptr inbounds float, float* %6, i64 %61
  store float %88, float* %89, align 4
  %90 = getelementptr inbounds float, float* %9, i64 %61
  store float %81, float* %90, align 4
  %91 = getelementptr inbounds float, float* %12, i64 %61
  store float %77, float* %91, align 4
  %92 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %93 = add i64 %i, 1
  br label %loop
}

attributes #0 = { nounwind "prefer-vector-width"="256" }
attributes #1 = { noinline nounwind "prefer-vector-width"="256" }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }
