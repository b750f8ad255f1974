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
  %38 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %37, i8** %38, align 8
  %39 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %39, i64 0, i64 16)
  %40 = getelementptr inbounds i8*, i8** %0, i64 67
  %41 = load i8*, i8** %40, align 8
  %42 = getelementptr inbounds i8, i8* %41, i64 10240
  %43 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %42, i8** %43, align 8
  %44 = getelementptr inbounds i8*, i8** %0, i64 67
  %45 = load i8*, i8** %44, align 8
  %46 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %45, i8** %46, align 8
  %47 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %47, i64 0, i64 2)
  %48 = getelementptr inbounds i8*, i8** %0, i64 67
  %49 = load i8*, i8** %48, align 8
  %50 = getelementptr inbounds i8, i8* %49, i64 9216
  %51 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %50, i8** %51, align 8
  %52 = getelementptr inbounds i8*, i8** %0, i64 4
  %53 = load i8*, i8** %52, align 8
  %54 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %53, i8** %54, align 8
  %55 = getelementptr inbounds i8*, i8** %0, i64 67
  %56 = load i8*, i8** %55, align 8
  %57 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %56, i8** %57, align 8
  %58 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %58, i64 0, i64 16)
  %59 = getelementptr inbounds i8*, i8** %0, i64 67
  %60 = load i8*, i8** %59, align 8
  %61 = getelementptr inbounds i8, i8* %60, i64 11264
  %62 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %61, i8** %62, align 8
  %63 = getelementptr inbounds i8*, i8** %0, i64 67
  %64 = load i8*, i8** %63, align 8
  %65 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %64, i8** %65, align 8
  %66 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %66, i64 0, i64 2)
  %67 = getelementptr inbounds i8*, i8** %0, i64 67
  %68 = load i8*, i8** %67, align 8
  %69 = getelementptr inbounds i8, i8* %68, i64 9216
  %70 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %69, i8** %70, align 8
  %71 = getelementptr inbounds i8*, i8** %0, i64 5
  %72 = load i8*, i8** %71, align 8
  %73 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %72, i8** %73, align 8
  %74 = getelementptr inbounds i8*, i8** %0, i64 67
  %75 = load i8*, i8** %74, align 8
  %76 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %75, i8** %76, align 8
  %77 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %77, i64 0, i64 16)
  %78 = getelementptr inbounds i8*, i8** %0, i64 67
  %79 = load i8*, i8** %78, align 8
  %80 = getelementptr inbounds i8, i8* %79, i64 12288
  %81 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %80, i8** %81, align 8
  %82 = getelementptr inbounds i8*, i8** %0, i64 67
  %83 = load i8*, i8** %82, align 8
  %84 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %83, i8** %84, align 8
  %85 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %85, i64 0, i64 2)
  %86 = getelementptr inbounds i8*, i8** %0, i64 67
  %87 = load i8*, i8** %86, align 8
  %88 = getelementptr inbounds i8, i8* %87, i64 10240
  %89 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %88, i8** %89, align 8
  %90 = getelementptr inbounds i8*, i8** %0, i64 67
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 11264
  %93 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %92, i8** %93, align 8
  %94 = getelementptr inbounds i8*, i8** %0, i64 67
  %95 = load i8*, i8** %94, align 8
  %96 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %95, i8** %96, align 8
  %97 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %97, i64 0, i64 32)
  %98 = getelementptr inbounds i8*, i8** %0, i64 67
  %99 = load i8*, i8** %98, align 8
  %100 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %99, i8** %100, align 8
  %101 = getelementptr inbounds i8*, i8** %0, i64 67
  %102 = load i8*, i8** %101, align 8
  %103 = getelementptr inbounds i8, i8* %102, i64 13312
  %104 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %103, i8** %104, align 8
  %105 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %105, i64 0, i64 32)
  %106 = getelementptr inbounds i8*, i8** %0, i64 67
  %107 = load i8*, i8** %106, align 8
  %108 = getelementptr inbounds i8, i8* %107, i64 13312
  %109 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %108, i8** %109, align 8
  %110 = getelementptr inbounds i8*, i8** %0, i64 67
  %111 = load i8*, i8** %110, align 8
  %112 = getelementptr inbounds i8, i8* %111, i64 12288
  %113 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %112, i8** %113, align 8
  %114 = getelementptr inbounds i8*, i8** %0, i64 67
  %115 = load i8*, i8** %114, align 8
  %116 = getelementptr inbounds i8, i8* %115, i64 14336
  %117 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %116, i8** %117, align 8
  %118 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %118, i64 0, i64 32)
  %119 = getelementptr inbounds i8*, i8** %0, i64 67
  %120 = load i8*, i8** %119, align 8
  %121 = getelementptr inbounds i8, i8* %120, i64 14336
  %122 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %121, i8** %122, align 8
  %123 = getelementptr inbounds i8*, i8** %0, i64 6
  %124 = load i8*, i8** %123, align 8
  %125 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %124, i8** %125, align 8
  %126 = getelementptr inbounds i8*, i8** %0, i64 67
  %127 = load i8*, i8** %126, align 8
  %128 = getelementptr inbounds i8, i8* %127, i64 15360
  %129 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %128, i8** %129, align 8
  %130 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %130, i64 0, i64 16)
  %131 = getelementptr inbounds i8*, i8** %0, i64 67
  %132 = load i8*, i8** %131, align 8
  %133 = getelementptr inbounds i8, i8* %132, i64 15360
  %134 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %133, i8** %134, align 8
  %135 = getelementptr inbounds i8*, i8** %0, i64 67
  %136 = load i8*, i8** %135, align 8
  %137 = getelementptr inbounds i8, i8* %136, i64 8192
  %138 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %137, i8** %138, align 8
  %139 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %139, i64 0, i64 1)
  %140 = getelementptr inbounds i8*, i8** %0, i64 67
  %141 = load i8*, i8** %140, align 8
  %142 = getelementptr inbounds i8, i8* %141, i64 15360
  %143 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %142, i8** %143, align 8
  %144 = getelementptr inbounds i8*, i8** %0, i64 7
  %145 = load i8*, i8** %144, align 8
  %146 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %145, i8** %146, align 8
  %147 = getelementptr inbounds i8*, i8** %0, i64 67
  %148 = load i8*, i8** %147, align 8
  %149 = getelementptr inbounds i8, i8* %148, i64 16384
  %150 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %149, i8** %150, align 8
  %151 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %151, i64 0, i64 16)
  %152 = getelementptr inbounds i8*, i8** %0, i64 67
  %153 = load i8*, i8** %152, align 8
  %154 = getelementptr inbounds i8, i8* %153, i64 16384
  %155 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %154, i8** %155, align 8
  %156 = getelementptr inbounds i8*, i8** %0, i64 8
  %157 = load i8*, i8** %156, align 8
  %158 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %157, i8** %158, align 8
  %159 = getelementptr inbounds i8*, i8** %0, i64 67
  %160 = load i8*, i8** %159, align 8
  %161 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %160, i8** %161, align 8
  %162 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %162, i64 0, i64 16)
  %163 = getelementptr inbounds i8*, i8** %0, i64 67
  %164 = load i8*, i8** %163, align 8
  %165 = getelementptr inbounds i8, i8* %164, i64 2048
  %166 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %165, i8** %166, align 8
  %167 = getelementptr inbounds i8*, i8** %0, i64 67
  %168 = load i8*, i8** %167, align 8
  %169 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %168, i8** %169, align 8
  %170 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_10(i8* %170, i64 0, i64 1)
  %171 = getelementptr inbounds i8*, i8** %0, i64 67
  %172 = load i8*, i8** %171, align 8
  %173 = getelementptr inbounds i8, i8* %172, i64 2048
  %174 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %173, i8** %174, align 8
  %175 = getelementptr inbounds i8*, i8** %0, i64 9
  %176 = load i8*, i8** %175, align 8
  %177 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %176, i8** %177, align 8
  %178 = getelementptr inbounds i8*, i8** %0, i64 67
  %179 = load i8*, i8** %178, align 8
  %180 = getelementptr inbounds i8, i8* %179, i64 4096
  %181 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %180, i8** %181, align 8
  %182 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_11(i8* %182, i64 0, i64 16)
  %183 = getelementptr inbounds i8*, i8** %0, i64 67
  %184 = load i8*, i8** %183, align 8
  %185 = getelementptr inbounds i8, i8* %184, i64 4096
  %186 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %185, i8** %186, align 8
  %187 = getelementptr inbounds i8*, i8** %0, i64 67
  %188 = load i8*, i8** %187, align 8
  %189 = getelementptr inbounds i8, i8* %188, i64 15360
  %190 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %189, i8** %190, align 8
  %191 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %191, i64 0, i64 1)
  %192 = getelementptr inbounds i8*, i8** %0, i64 67
  %193 = load i8*, i8** %192, align 8
  %194 = getelementptr inbounds i8, i8* %193, i64 4096
  %195 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %194, i8** %195, align 8
  %196 = getelementptr inbounds i8*, i8** %0, i64 67
  %197 = load i8*, i8** %196, align 8
  %198 = getelementptr inbounds i8, i8* %197, i64 5120
  %199 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %198, i8** %199, align 8
  %200 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_12(i8* %200, i64 0, i64 2)
  %201 = getelementptr inbounds i8*, i8** %0, i64 67
  %202 = load i8*, i8** %201, align 8
  %203 = getelementptr inbounds i8, i8* %202, i64 5120
  %204 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %203, i8** %204, align 8
  %205 = getelementptr inbounds i8*, i8** %0, i64 1
  %206 = load i8*, i8** %205, align 8
  %207 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %206, i8** %207, align 8
  %208 = getelementptr inbounds i8*, i8** %0, i64 67
  %209 = load i8*, i8** %208, align 8
  %210 = getelementptr inbounds i8, i8* %209, i64 4096
  %211 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %210, i8** %211, align 8
  %212 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_13(i8* %212, i64 0, i64 2)
  %213 = getelementptr inbounds i8*, i8** %0, i64 32
  %214 = load i8*, i8** %213, align 8
  %215 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %214, i8** %215, align 8
  %216 = bitcast i8** %pointers to i8*
  %217 = call i1 @eptc_check_2(i8* %216)
  br i1 %217, label %invalid1, label %valid2

invalid1:                                         ; preds = %valid
  ret i32 36

valid2:                                           ; preds = %valid
  %218 = getelementptr inbounds i8*, i8** %0, i64 67
  %219 = load i8*, i8** %218, align 8
  %220 = getelementptr inbounds i8, i8* %219, i64 4096
  %221 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %220, i8** %221, align 8
  %222 = getelementptr inbounds i8*, i8** %0, i64 32
  %223 = load i8*, i8** %222, align 8
  %224 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %223, i8** %224, align 8
  %225 = getelementptr inbounds i8*, i8** %0, i64 67
  %226 = load i8*, i8** %225, align 8
  %227 = getelementptr inbounds i8, i8* %226, i64 4160
  %228 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %227, i8** %228, align 8
  %229 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_14(i8* %229, i64 0, i64 2)
  %230 = getelementptr inbounds i8*, i8** %0, i64 32
  %231 = load i8*, i8** %230, align 8
  %232 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %231, i8** %232, align 8
  %233 = getelementptr inbounds i8*, i8** %0, i64 67
  %234 = load i8*, i8** %233, align 8
  %235 = getelementptr inbounds i8, i8* %234, i64 4160
  %236 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %235, i8** %236, align 8
  %237 = getelementptr inbounds i8*, i8** %0, i64 34
  %238 = load i8*, i8** %237, align 8
  %239 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %238, i8** %239, align 8
  %240 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_15(i8* %240, i64 0, i64 1)
  %241 = getelementptr inbounds i8*, i8** %0, i64 67
  %242 = load i8*, i8** %241, align 8
  %243 = getelementptr inbounds i8, i8* %242, i64 17728
  %244 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %243, i8** %244, align 8
  %245 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_16(i8* %245, i64 0, i64 1)
  %246 = getelementptr inbounds i8*, i8** %0, i64 32
  %247 = load i8*, i8** %246, align 8
  %248 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %247, i8** %248, align 8
  %249 = bitcast i8** %pointers to i8*
  %250 = call i1 @eptc_check_2(i8* %249)
  br i1 %250, label %invalid3, label %valid4

invalid3:                                         ; preds = %valid2
  ret i32 38

valid4:                                           ; preds = %valid2
  %251 = getelementptr inbounds i8*, i8** %0, i64 32
  %252 = load i8*, i8** %251, align 8
  %253 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %252, i8** %253, align 8
  %254 = getelementptr inbounds i8*, i8** %0, i64 67
  %255 = load i8*, i8** %254, align 8
  %256 = getelementptr inbounds i8, i8* %255, i64 17728
  %257 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %256, i8** %257, align 8
  %258 = getelementptr inbounds i8*, i8** %0, i64 67
  %259 = load i8*, i8** %258, align 8
  %260 = getelementptr inbounds i8, i8* %259, i64 4224
  %261 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %260, i8** %261, align 8
  %262 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_17(i8* %262, i64 0, i64 1)
  %263 = getelementptr inbounds i8*, i8** %0, i64 67
  %264 = load i8*, i8** %263, align 8
  %265 = getelementptr inbounds i8, i8* %264, i64 4096
  %266 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %265, i8** %266, align 8
  %267 = getelementptr inbounds i8*, i8** %0, i64 32
  %268 = load i8*, i8** %267, align 8
  %269 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %268, i8** %269, align 8
  %270 = getelementptr inbounds i8*, i8** %0, i64 67
  %271 = load i8*, i8** %270, align 8
  %272 = getelementptr inbounds i8, i8* %271, i64 4224
  %273 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %272, i8** %273, align 8
  %274 = getelementptr inbounds i8*, i8** %0, i64 67
  %275 = load i8*, i8** %274, align 8
  %276 = getelementptr inbounds i8, i8* %275, i64 4160
  %277 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %276, i8** %277, align 8
  %278 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_18(i8* %278, i64 0, i64 2)
  %279 = getelementptr inbounds i8*, i8** %0, i64 67
  %280 = load i8*, i8** %279, align 8
  %281 = getelementptr inbounds i8, i8* %280, i64 4160
  %282 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %281, i8** %282, align 8
  %283 = getelementptr inbounds i8*, i8** %0, i64 1
  %284 = load i8*, i8** %283, align 8
  %285 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %284, i8** %285, align 8
  %286 = getelementptr inbounds i8*, i8** %0, i64 67
  %287 = load i8*, i8** %286, align 8
  %288 = getelementptr inbounds i8, i8* %287, i64 17600
  %289 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %288, i8** %289, align 8
  %290 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_19(i8* %290, i64 0, i64 2)
  %291 = getelementptr inbounds i8*, i8** %0, i64 67
  %292 = load i8*, i8** %291, align 8
  %293 = getelementptr inbounds i8, i8* %292, i64 5120
  %294 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %293, i8** %294, align 8
  %295 = getelementptr inbounds i8*, i8** %0, i64 67
  %296 = load i8*, i8** %295, align 8
  %297 = getelementptr inbounds i8, i8* %296, i64 4160
  %298 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %297, i8** %298, align 8
  %299 = getelementptr inbounds i8*, i8** %0, i64 67
  %300 = load i8*, i8** %299, align 8
  %301 = getelementptr inbounds i8, i8* %300, i64 17408
  %302 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %301, i8** %302, align 8
  %303 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_20(i8* %303, i64 0, i64 16)
  %304 = getelementptr inbounds i8*, i8** %0, i64 67
  %305 = load i8*, i8** %304, align 8
  %306 = getelementptr inbounds i8, i8* %305, i64 17600
  %307 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %306, i8** %307, align 8
  %308 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_21(i8* %308, i64 0, i64 1)
  %309 = getelementptr inbounds i8*, i8** %0, i64 67
  %310 = load i8*, i8** %309, align 8
  %311 = getelementptr inbounds i8, i8* %310, i64 6144
  %312 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %311, i8** %312, align 8
  %313 = getelementptr inbounds i8*, i8** %0, i64 67
  %314 = load i8*, i8** %313, align 8
  %315 = getelementptr inbounds i8, i8* %314, i64 17600
  %316 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %315, i8** %316, align 8
  %317 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_22(i8* %317, i64 0, i64 2)
  %318 = getelementptr inbounds i8*, i8** %0, i64 67
  %319 = load i8*, i8** %318, align 8
  %320 = getelementptr inbounds i8, i8* %319, i64 2048
  %321 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %320, i8** %321, align 8
  %322 = getelementptr inbounds i8*, i8** %0, i64 67
  %323 = load i8*, i8** %322, align 8
  %324 = getelementptr inbounds i8, i8* %323, i64 6144
  %325 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %324, i8** %325, align 8
  %326 = getelementptr inbounds i8*, i8** %0, i64 67
  %327 = load i8*, i8** %326, align 8
  %328 = getelementptr inbounds i8, i8* %327, i64 4096
  %329 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %328, i8** %329, align 8
  %330 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_23(i8* %330, i64 0, i64 32)
  %331 = getelementptr inbounds i8*, i8** %0, i64 67
  %332 = load i8*, i8** %331, align 8
  %333 = getelementptr inbounds i8, i8* %332, i64 6144
  %334 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %333, i8** %334, align 8
  %335 = getelementptr inbounds i8*, i8** %0, i64 9
  %336 = load i8*, i8** %335, align 8
  %337 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %336, i8** %337, align 8
  %338 = getelementptr inbounds i8*, i8** %0, i64 67
  %339 = load i8*, i8** %338, align 8
  %340 = getelementptr inbounds i8, i8* %339, i64 2048
  %341 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %340, i8** %341, align 8
  %342 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_24(i8* %342, i64 0, i64 16)
  %343 = getelementptr inbounds i8*, i8** %0, i64 67
  %344 = load i8*, i8** %343, align 8
  %345 = getelementptr inbounds i8, i8* %344, i64 2048
  %346 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %345, i8** %346, align 8
  %347 = getelementptr inbounds i8*, i8** %0, i64 67
  %348 = load i8*, i8** %347, align 8
  %349 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %348, i8** %349, align 8
  %350 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_25(i8* %350, i64 0, i64 1)
  %351 = getelementptr inbounds i8*, i8** %0, i64 67
  %352 = load i8*, i8** %351, align 8
  %353 = getelementptr inbounds i8, i8* %352, i64 2048
  %354 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %353, i8** %354, align 8
  %355 = getelementptr inbounds i8*, i8** %0, i64 8
  %356 = load i8*, i8** %355, align 8
  %357 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %356, i8** %357, align 8
  %358 = getelementptr inbounds i8*, i8** %0, i64 67
  %359 = load i8*, i8** %358, align 8
  %360 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %359, i8** %360, align 8
  %361 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_26(i8* %361, i64 0, i64 16)
  %362 = getelementptr inbounds i8*, i8** %0, i64 67
  %363 = load i8*, i8** %362, align 8
  %364 = getelementptr inbounds i8, i8* %363, i64 16384
  %365 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %364, i8** %365, align 8
  %366 = getelementptr inbounds i8*, i8** %0, i64 67
  %367 = load i8*, i8** %366, align 8
  %368 = getelementptr inbounds i8, i8* %367, i64 2048
  %369 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %368, i8** %369, align 8
  %370 = getelementptr inbounds i8*, i8** %0, i64 67
  %371 = load i8*, i8** %370, align 8
  %372 = getelementptr inbounds i8, i8* %371, i64 6144
  %373 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %372, i8** %373, align 8
  %374 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_27(i8* %374, i64 0, i64 16)
  %375 = getelementptr inbounds i8*, i8** %0, i64 67
  %376 = load i8*, i8** %375, align 8
  %377 = getelementptr inbounds i8, i8* %376, i64 15360
  %378 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %377, i8** %378, align 8
  %379 = getelementptr inbounds i8*, i8** %0, i64 67
  %380 = load i8*, i8** %379, align 8
  %381 = getelementptr inbounds i8, i8* %380, i64 2048
  %382 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %381, i8** %382, align 8
  %383 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %383, i64 0, i64 16)
  %384 = getelementptr inbounds i8*, i8** %0, i64 67
  %385 = load i8*, i8** %384, align 8
  %386 = getelementptr inbounds i8, i8* %385, i64 2048
  %387 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %386, i8** %387, align 8
  %388 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_29(i8* %388, i64 0, i64 1)
  %389 = getelementptr inbounds i8*, i8** %0, i64 67
  %390 = load i8*, i8** %389, align 8
  %391 = getelementptr inbounds i8, i8* %390, i64 1024
  %392 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %391, i8** %392, align 8
  %393 = getelementptr inbounds i8*, i8** %0, i64 67
  %394 = load i8*, i8** %393, align 8
  %395 = getelementptr inbounds i8, i8* %394, i64 15360
  %396 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %395, i8** %396, align 8
  %397 = getelementptr inbounds i8*, i8** %0, i64 67
  %398 = load i8*, i8** %397, align 8
  %399 = getelementptr inbounds i8, i8* %398, i64 2048
  %400 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %399, i8** %400, align 8
  %401 = getelementptr inbounds i8*, i8** %0, i64 67
  %402 = load i8*, i8** %401, align 8
  %403 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %402, i8** %403, align 8
  %404 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_30(i8* %404, i64 0, i64 16)
  %405 = getelementptr inbounds i8*, i8** %0, i64 67
  %406 = load i8*, i8** %405, align 8
  %407 = getelementptr inbounds i8, i8* %406, i64 1024
  %408 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %407, i8** %408, align 8
  %409 = getelementptr inbounds i8*, i8** %0, i64 67
  %410 = load i8*, i8** %409, align 8
  %411 = getelementptr inbounds i8, i8* %410, i64 16384
  %412 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %411, i8** %412, align 8
  %413 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %413, i64 0, i64 1)
  %414 = getelementptr inbounds i8*, i8** %0, i64 67
  %415 = load i8*, i8** %414, align 8
  %416 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %415, i8** %416, align 8
  %417 = getelementptr inbounds i8*, i8** %0, i64 7
  %418 = load i8*, i8** %417, align 8
  %419 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %418, i8** %419, align 8
  %420 = getelementptr inbounds i8*, i8** %0, i64 67
  %421 = load i8*, i8** %420, align 8
  %422 = getelementptr inbounds i8, i8* %421, i64 15360
  %423 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %422, i8** %423, align 8
  %424 = getelementptr inbounds i8*, i8** %0, i64 67
  %425 = load i8*, i8** %424, align 8
  %426 = getelementptr inbounds i8, i8* %425, i64 2048
  %427 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %426, i8** %427, align 8
  %428 = getelementptr inbounds i8*, i8** %0, i64 67
  %429 = load i8*, i8** %428, align 8
  %430 = getelementptr inbounds i8, i8* %429, i64 17600
  %431 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %430, i8** %431, align 8
  %432 = getelementptr inbounds i8*, i8** %0, i64 67
  %433 = load i8*, i8** %432, align 8
  %434 = getelementptr inbounds i8, i8* %433, i64 1024
  %435 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %434, i8** %435, align 8
  %436 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %436, i64 0, i64 16)
  %437 = getelementptr inbounds i8*, i8** %0, i64 67
  %438 = load i8*, i8** %437, align 8
  %439 = getelementptr inbounds i8, i8* %438, i64 1024
  %440 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %439, i8** %440, align 8
  %441 = getelementptr inbounds i8*, i8** %0, i64 6
  %442 = load i8*, i8** %441, align 8
  %443 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %442, i8** %443, align 8
  %444 = getelementptr inbounds i8*, i8** %0, i64 67
  %445 = load i8*, i8** %444, align 8
  %446 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %445, i8** %446, align 8
  %447 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %447, i64 0, i64 16)
  %448 = getelementptr inbounds i8*, i8** %0, i64 67
  %449 = load i8*, i8** %448, align 8
  %450 = getelementptr inbounds i8, i8* %449, i64 14336
  %451 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %450, i8** %451, align 8
  %452 = getelementptr inbounds i8*, i8** %0, i64 67
  %453 = load i8*, i8** %452, align 8
  %454 = getelementptr inbounds i8, i8* %453, i64 1024
  %455 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %454, i8** %455, align 8
  %456 = getelementptr inbounds i8*, i8** %0, i64 67
  %457 = load i8*, i8** %456, align 8
  %458 = getelementptr inbounds i8, i8* %457, i64 15360
  %459 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %458, i8** %459, align 8
  %460 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %460, i64 0, i64 16)
  %461 = getelementptr inbounds i8*, i8** %0, i64 67
  %462 = load i8*, i8** %461, align 8
  %463 = getelementptr inbounds i8, i8* %462, i64 2048
  %464 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %463, i8** %464, align 8
  %465 = getelementptr inbounds i8*, i8** %0, i64 67
  %466 = load i8*, i8** %465, align 8
  %467 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %466, i8** %467, align 8
  %468 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %468, i64 0, i64 2)
  %469 = getelementptr inbounds i8*, i8** %0, i64 67
  %470 = load i8*, i8** %469, align 8
  %471 = getelementptr inbounds i8, i8* %470, i64 2048
  %472 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %471, i8** %472, align 8
  %473 = getelementptr inbounds i8*, i8** %0, i64 67
  %474 = load i8*, i8** %473, align 8
  %475 = getelementptr inbounds i8, i8* %474, i64 12288
  %476 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %475, i8** %476, align 8
  %477 = getelementptr inbounds i8*, i8** %0, i64 67
  %478 = load i8*, i8** %477, align 8
  %479 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %478, i8** %479, align 8
  %480 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %480, i64 0, i64 32)
  %481 = getelementptr inbounds i8*, i8** %0, i64 67
  %482 = load i8*, i8** %481, align 8
  %483 = getelementptr inbounds i8, i8* %482, i64 13312
  %484 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %483, i8** %484, align 8
  %485 = getelementptr inbounds i8*, i8** %0, i64 67
  %486 = load i8*, i8** %485, align 8
  %487 = getelementptr inbounds i8, i8* %486, i64 2048
  %488 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %487, i8** %488, align 8
  %489 = getelementptr inbounds i8*, i8** %0, i64 67
  %490 = load i8*, i8** %489, align 8
  %491 = getelementptr inbounds i8, i8* %490, i64 3072
  %492 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %491, i8** %492, align 8
  %493 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_35(i8* %493, i64 0, i64 32)
  %494 = getelementptr inbounds i8*, i8** %0, i64 67
  %495 = load i8*, i8** %494, align 8
  %496 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %495, i8** %496, align 8
  %497 = getelementptr inbounds i8*, i8** %0, i64 67
  %498 = load i8*, i8** %497, align 8
  %499 = getelementptr inbounds i8, i8* %498, i64 13312
  %500 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %499, i8** %500, align 8
  %501 = getelementptr inbounds i8*, i8** %0, i64 67
  %502 = load i8*, i8** %501, align 8
  %503 = getelementptr inbounds i8, i8* %502, i64 2048
  %504 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %503, i8** %504, align 8
  %505 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_36(i8* %505, i64 0, i64 32)
  %506 = getelementptr inbounds i8*, i8** %0, i64 67
  %507 = load i8*, i8** %506, align 8
  %508 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %507, i8** %508, align 8
  %509 = getelementptr inbounds i8*, i8** %0, i64 67
  %510 = load i8*, i8** %509, align 8
  %511 = getelementptr inbounds i8, i8* %510, i64 2048
  %512 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %511, i8** %512, align 8
  %513 = getelementptr inbounds i8*, i8** %0, i64 67
  %514 = load i8*, i8** %513, align 8
  %515 = getelementptr inbounds i8, i8* %514, i64 13312
  %516 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %515, i8** %516, align 8
  %517 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_37(i8* %517, i64 0, i64 32)
  %518 = getelementptr inbounds i8*, i8** %0, i64 67
  %519 = load i8*, i8** %518, align 8
  %520 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %519, i8** %520, align 8
  %521 = getelementptr inbounds i8*, i8** %0, i64 67
  %522 = load i8*, i8** %521, align 8
  %523 = getelementptr inbounds i8, i8* %522, i64 11264
  %524 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %523, i8** %524, align 8
  %525 = getelementptr inbounds i8*, i8** %0, i64 67
  %526 = load i8*, i8** %525, align 8
  %527 = getelementptr inbounds i8, i8* %526, i64 2048
  %528 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %527, i8** %528, align 8
  %529 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %529, i64 0, i64 32)
  %530 = getelementptr inbounds i8*, i8** %0, i64 67
  %531 = load i8*, i8** %530, align 8
  %532 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %531, i8** %532, align 8
  %533 = getelementptr inbounds i8*, i8** %0, i64 67
  %534 = load i8*, i8** %533, align 8
  %535 = getelementptr inbounds i8, i8* %534, i64 10240
  %536 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %535, i8** %536, align 8
  %537 = getelementptr inbounds i8*, i8** %0, i64 67
  %538 = load i8*, i8** %537, align 8
  %539 = getelementptr inbounds i8, i8* %538, i64 11264
  %540 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %539, i8** %540, align 8
  %541 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_35(i8* %541, i64 0, i64 32)
  %542 = getelementptr inbounds i8*, i8** %0, i64 67
  %543 = load i8*, i8** %542, align 8
  %544 = getelementptr inbounds i8, i8* %543, i64 9216
  %545 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %544, i8** %545, align 8
  %546 = getelementptr inbounds i8*, i8** %0, i64 67
  %547 = load i8*, i8** %546, align 8
  %548 = getelementptr inbounds i8, i8* %547, i64 3072
  %549 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %548, i8** %549, align 8
  %550 = getelementptr inbounds i8*, i8** %0, i64 67
  %551 = load i8*, i8** %550, align 8
  %552 = getelementptr inbounds i8, i8* %551, i64 10240
  %553 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %552, i8** %553, align 8
  %554 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %554, i64 0, i64 16)
  %555 = getelementptr inbounds i8*, i8** %0, i64 67
  %556 = load i8*, i8** %555, align 8
  %557 = getelementptr inbounds i8, i8* %556, i64 11264
  %558 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %557, i8** %558, align 8
  %559 = getelementptr inbounds i8*, i8** %0, i64 4
  %560 = load i8*, i8** %559, align 8
  %561 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %560, i8** %561, align 8
  %562 = getelementptr inbounds i8*, i8** %0, i64 67
  %563 = load i8*, i8** %562, align 8
  %564 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %563, i8** %564, align 8
  %565 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %565, i64 0, i64 16)
  %566 = getelementptr inbounds i8*, i8** %0, i64 67
  %567 = load i8*, i8** %566, align 8
  %568 = getelementptr inbounds i8, i8* %567, i64 9216
  %569 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %568, i8** %569, align 8
  %570 = getelementptr inbounds i8*, i8** %0, i64 67
  %571 = load i8*, i8** %570, align 8
  %572 = getelementptr inbounds i8, i8* %571, i64 11264
  %573 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %572, i8** %573, align 8
  %574 = getelementptr inbounds i8*, i8** %0, i64 67
  %575 = load i8*, i8** %574, align 8
  %576 = getelementptr inbounds i8, i8* %575, i64 12288
  %577 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %576, i8** %577, align 8
  %578 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %578, i64 0, i64 16)
  %579 = getelementptr inbounds i8*, i8** %0, i64 67
  %580 = load i8*, i8** %579, align 8
  %581 = getelementptr inbounds i8, i8* %580, i64 2048
  %582 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %581, i8** %582, align 8
  %583 = getelementptr inbounds i8*, i8** %0, i64 3
  %584 = load i8*, i8** %583, align 8
  %585 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %584, i8** %585, align 8
  %586 = getelementptr inbounds i8*, i8** %0, i64 67
  %587 = load i8*, i8** %586, align 8
  %588 = getelementptr inbounds i8, i8* %587, i64 11264
  %589 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %588, i8** %589, align 8
  %590 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %590, i64 0, i64 16)
  %591 = getelementptr inbounds i8*, i8** %0, i64 67
  %592 = load i8*, i8** %591, align 8
  %593 = getelementptr inbounds i8, i8* %592, i64 9216
  %594 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %593, i8** %594, align 8
  %595 = getelementptr inbounds i8*, i8** %0, i64 67
  %596 = load i8*, i8** %595, align 8
  %597 = getelementptr inbounds i8, i8* %596, i64 2048
  %598 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %597, i8** %598, align 8
  %599 = getelementptr inbounds i8*, i8** %0, i64 67
  %600 = load i8*, i8** %599, align 8
  %601 = getelementptr inbounds i8, i8* %600, i64 13312
  %602 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %601, i8** %602, align 8
  %603 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %603, i64 0, i64 16)
  %604 = getelementptr inbounds i8*, i8** %0, i64 67
  %605 = load i8*, i8** %604, align 8
  %606 = getelementptr inbounds i8, i8* %605, i64 3072
  %607 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %606, i8** %607, align 8
  %608 = getelementptr inbounds i8*, i8** %0, i64 5
  %609 = load i8*, i8** %608, align 8
  %610 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %609, i8** %610, align 8
  %611 = getelementptr inbounds i8*, i8** %0, i64 67
  %612 = load i8*, i8** %611, align 8
  %613 = getelementptr inbounds i8, i8* %612, i64 2048
  %614 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %613, i8** %614, align 8
  %615 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %615, i64 0, i64 16)
  %616 = getelementptr inbounds i8*, i8** %0, i64 67
  %617 = load i8*, i8** %616, align 8
  %618 = getelementptr inbounds i8, i8* %617, i64 2048
  %619 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %618, i8** %619, align 8
  %620 = getelementptr inbounds i8*, i8** %0, i64 67
  %621 = load i8*, i8** %620, align 8
  %622 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %621, i8** %622, align 8
  %623 = getelementptr inbounds i8*, i8** %0, i64 67
  %624 = load i8*, i8** %623, align 8
  %625 = getelementptr inbounds i8, i8* %624, i64 11264
  %626 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %625, i8** %626, align 8
  %627 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_38(i8* %627, i64 0, i64 1)
  %628 = getelementptr inbounds i8*, i8** %0, i64 67
  %629 = load i8*, i8** %628, align 8
  %630 = getelementptr inbounds i8, i8* %629, i64 8192
  %631 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %630, i8** %631, align 8
  %632 = getelementptr inbounds i8*, i8** %0, i64 67
  %633 = load i8*, i8** %632, align 8
  %634 = getelementptr inbounds i8, i8* %633, i64 3072
  %635 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %634, i8** %635, align 8
  %636 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %636, i64 0, i64 16)
  %637 = getelementptr inbounds i8*, i8** %0, i64 67
  %638 = load i8*, i8** %637, align 8
  %639 = getelementptr inbounds i8, i8* %638, i64 3072
  %640 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %639, i8** %640, align 8
  %641 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_29(i8* %641, i64 0, i64 1)
  %642 = getelementptr inbounds i8*, i8** %0, i64 67
  %643 = load i8*, i8** %642, align 8
  %644 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %643, i8** %644, align 8
  %645 = getelementptr inbounds i8*, i8** %0, i64 67
  %646 = load i8*, i8** %645, align 8
  %647 = getelementptr inbounds i8, i8* %646, i64 8192
  %648 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %647, i8** %648, align 8
  %649 = getelementptr inbounds i8*, i8** %0, i64 67
  %650 = load i8*, i8** %649, align 8
  %651 = getelementptr inbounds i8, i8* %650, i64 3072
  %652 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %651, i8** %652, align 8
  %653 = getelementptr inbounds i8*, i8** %0, i64 67
  %654 = load i8*, i8** %653, align 8
  %655 = getelementptr inbounds i8, i8* %654, i64 2048
  %656 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %655, i8** %656, align 8
  %657 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_30(i8* %657, i64 0, i64 16)
  %658 = getelementptr inbounds i8*, i8** %0, i64 67
  %659 = load i8*, i8** %658, align 8
  %660 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %659, i8** %660, align 8
  %661 = getelementptr inbounds i8*, i8** %0, i64 67
  %662 = load i8*, i8** %661, align 8
  %663 = getelementptr inbounds i8, i8* %662, i64 3200
  %664 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %663, i8** %664, align 8
  %665 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %665, i64 0, i64 1)
  %666 = getelementptr inbounds i8*, i8** %0, i64 67
  %667 = load i8*, i8** %666, align 8
  %668 = getelementptr inbounds i8, i8* %667, i64 2048
  %669 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %668, i8** %669, align 8
  %670 = getelementptr inbounds i8*, i8** %0, i64 2
  %671 = load i8*, i8** %670, align 8
  %672 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %671, i8** %672, align 8
  %673 = getelementptr inbounds i8*, i8** %0, i64 67
  %674 = load i8*, i8** %673, align 8
  %675 = getelementptr inbounds i8, i8* %674, i64 8192
  %676 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %675, i8** %676, align 8
  %677 = getelementptr inbounds i8*, i8** %0, i64 67
  %678 = load i8*, i8** %677, align 8
  %679 = getelementptr inbounds i8, i8* %678, i64 3072
  %680 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %679, i8** %680, align 8
  %681 = getelementptr inbounds i8*, i8** %0, i64 67
  %682 = load i8*, i8** %681, align 8
  %683 = getelementptr inbounds i8, i8* %682, i64 1024
  %684 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %683, i8** %684, align 8
  %685 = getelementptr inbounds i8*, i8** %0, i64 67
  %686 = load i8*, i8** %685, align 8
  %687 = getelementptr inbounds i8, i8* %686, i64 9216
  %688 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %687, i8** %688, align 8
  %689 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_39(i8* %689, i64 0, i64 16)
  %690 = getelementptr inbounds i8*, i8** %0, i64 31
  %691 = load i8*, i8** %690, align 8
  %692 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %691, i8** %692, align 8
  %693 = bitcast i8** %pointers to i8*
  %694 = call i1 @eptc_check_1(i8* %693)
  br i1 %694, label %invalid5, label %valid6

invalid5:                                         ; preds = %valid4
  ret i32 91

valid6:                                           ; preds = %valid4
  %695 = getelementptr inbounds i8*, i8** %0, i64 67
  %696 = load i8*, i8** %695, align 8
  %697 = getelementptr inbounds i8, i8* %696, i64 9216
  %698 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %697, i8** %698, align 8
  %699 = getelementptr inbounds i8*, i8** %0, i64 31
  %700 = load i8*, i8** %699, align 8
  %701 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %700, i8** %701, align 8
  %702 = getelementptr inbounds i8*, i8** %0, i64 67
  %703 = load i8*, i8** %702, align 8
  %704 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %703, i8** %704, align 8
  %705 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %705, i64 0, i64 1)
  %706 = getelementptr inbounds i8*, i8** %0, i64 67
  %707 = load i8*, i8** %706, align 8
  %708 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %707, i8** %708, align 8
  %709 = getelementptr inbounds i8*, i8** %0, i64 67
  %710 = load i8*, i8** %709, align 8
  %711 = getelementptr inbounds i8, i8* %710, i64 3264
  %712 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %711, i8** %712, align 8
  %713 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_41(i8* %713, i64 0, i64 1)
  %714 = getelementptr inbounds i8*, i8** %0, i64 67
  %715 = load i8*, i8** %714, align 8
  %716 = getelementptr inbounds i8, i8* %715, i64 17408
  %717 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %716, i8** %717, align 8
  %718 = getelementptr inbounds i8*, i8** %0, i64 67
  %719 = load i8*, i8** %718, align 8
  %720 = getelementptr inbounds i8, i8* %719, i64 3328
  %721 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %720, i8** %721, align 8
  %722 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_42(i8* %722, i64 0, i64 1)
  %723 = getelementptr inbounds i8*, i8** %0, i64 67
  %724 = load i8*, i8** %723, align 8
  %725 = getelementptr inbounds i8, i8* %724, i64 3200
  %726 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %725, i8** %726, align 8
  %727 = getelementptr inbounds i8*, i8** %0, i64 67
  %728 = load i8*, i8** %727, align 8
  %729 = getelementptr inbounds i8, i8* %728, i64 3392
  %730 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %729, i8** %730, align 8
  %731 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %731, i64 0, i64 1)
  %732 = getelementptr inbounds i8*, i8** %0, i64 67
  %733 = load i8*, i8** %732, align 8
  %734 = getelementptr inbounds i8, i8* %733, i64 13312
  %735 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %734, i8** %735, align 8
  %736 = getelementptr inbounds i8*, i8** %0, i64 67
  %737 = load i8*, i8** %736, align 8
  %738 = getelementptr inbounds i8, i8* %737, i64 3456
  %739 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %738, i8** %739, align 8
  %740 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_44(i8* %740, i64 0, i64 1)
  %741 = getelementptr inbounds i8*, i8** %0, i64 67
  %742 = load i8*, i8** %741, align 8
  %743 = getelementptr inbounds i8, i8* %742, i64 12288
  %744 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %743, i8** %744, align 8
  %745 = getelementptr inbounds i8*, i8** %0, i64 67
  %746 = load i8*, i8** %745, align 8
  %747 = getelementptr inbounds i8, i8* %746, i64 3520
  %748 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %747, i8** %748, align 8
  %749 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_44(i8* %749, i64 0, i64 1)
  %750 = getelementptr inbounds i8*, i8** %0, i64 67
  %751 = load i8*, i8** %750, align 8
  %752 = getelementptr inbounds i8, i8* %751, i64 10240
  %753 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %752, i8** %753, align 8
  %754 = getelementptr inbounds i8*, i8** %0, i64 67
  %755 = load i8*, i8** %754, align 8
  %756 = getelementptr inbounds i8, i8* %755, i64 3584
  %757 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %756, i8** %757, align 8
  %758 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_44(i8* %758, i64 0, i64 1)
  %759 = getelementptr inbounds i8*, i8** %0, i64 67
  %760 = load i8*, i8** %759, align 8
  %761 = getelementptr inbounds i8, i8* %760, i64 15360
  %762 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %761, i8** %762, align 8
  %763 = getelementptr inbounds i8*, i8** %0, i64 67
  %764 = load i8*, i8** %763, align 8
  %765 = getelementptr inbounds i8, i8* %764, i64 3648
  %766 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %765, i8** %766, align 8
  %767 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_44(i8* %767, i64 0, i64 1)
  %768 = getelementptr inbounds i8*, i8** %0, i64 67
  %769 = load i8*, i8** %768, align 8
  %770 = getelementptr inbounds i8, i8* %769, i64 16384
  %771 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %770, i8** %771, align 8
  %772 = getelementptr inbounds i8*, i8** %0, i64 67
  %773 = load i8*, i8** %772, align 8
  %774 = getelementptr inbounds i8, i8* %773, i64 3712
  %775 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %774, i8** %775, align 8
  %776 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %776, i64 0, i64 1)
  %777 = getelementptr inbounds i8*, i8** %0, i64 67
  %778 = load i8*, i8** %777, align 8
  %779 = getelementptr inbounds i8, i8* %778, i64 6144
  %780 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %779, i8** %780, align 8
  %781 = getelementptr inbounds i8*, i8** %0, i64 67
  %782 = load i8*, i8** %781, align 8
  %783 = getelementptr inbounds i8, i8* %782, i64 3776
  %784 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %783, i8** %784, align 8
  %785 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_45(i8* %785, i64 0, i64 1)
  %786 = getelementptr inbounds i8*, i8** %0, i64 67
  %787 = load i8*, i8** %786, align 8
  %788 = getelementptr inbounds i8, i8* %787, i64 4096
  %789 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %788, i8** %789, align 8
  %790 = getelementptr inbounds i8*, i8** %0, i64 67
  %791 = load i8*, i8** %790, align 8
  %792 = getelementptr inbounds i8, i8* %791, i64 3840
  %793 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %792, i8** %793, align 8
  %794 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_45(i8* %794, i64 0, i64 1)
  %795 = getelementptr inbounds i8*, i8** %0, i64 35
  %796 = load i8*, i8** %795, align 8
  %797 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %796, i8** %797, align 8
  %798 = getelementptr inbounds i8*, i8** %0, i64 67
  %799 = load i8*, i8** %798, align 8
  %800 = getelementptr inbounds i8, i8* %799, i64 3264
  %801 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %800, i8** %801, align 8
  %802 = getelementptr inbounds i8*, i8** %0, i64 67
  %803 = load i8*, i8** %802, align 8
  %804 = getelementptr inbounds i8, i8* %803, i64 3328
  %805 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %804, i8** %805, align 8
  %806 = getelementptr inbounds i8*, i8** %0, i64 67
  %807 = load i8*, i8** %806, align 8
  %808 = getelementptr inbounds i8, i8* %807, i64 3392
  %809 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %808, i8** %809, align 8
  %810 = getelementptr inbounds i8*, i8** %0, i64 67
  %811 = load i8*, i8** %810, align 8
  %812 = getelementptr inbounds i8, i8* %811, i64 3456
  %813 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %812, i8** %813, align 8
  %814 = getelementptr inbounds i8*, i8** %0, i64 67
  %815 = load i8*, i8** %814, align 8
  %816 = getelementptr inbounds i8, i8* %815, i64 3520
  %817 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %816, i8** %817, align 8
  %818 = getelementptr inbounds i8*, i8** %0, i64 67
  %819 = load i8*, i8** %818, align 8
  %820 = getelementptr inbounds i8, i8* %819, i64 3584
  %821 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %820, i8** %821, align 8
  %822 = getelementptr inbounds i8*, i8** %0, i64 67
  %823 = load i8*, i8** %822, align 8
  %824 = getelementptr inbounds i8, i8* %823, i64 3648
  %825 = getelementptr inbounds i8*, i8** %pointers, i64 7
  store i8* %824, i8** %825, align 8
  %826 = getelementptr inbounds i8*, i8** %0, i64 67
  %827 = load i8*, i8** %826, align 8
  %828 = getelementptr inbounds i8, i8* %827, i64 3712
  %829 = getelementptr inbounds i8*, i8** %pointers, i64 8
  store i8* %828, i8** %829, align 8
  %830 = getelementptr inbounds i8*, i8** %0, i64 67
  %831 = load i8*, i8** %830, align 8
  %832 = getelementptr inbounds i8, i8* %831, i64 3776
  %833 = getelementptr inbounds i8*, i8** %pointers, i64 9
  store i8* %832, i8** %833, align 8
  %834 = getelementptr inbounds i8*, i8** %0, i64 67
  %835 = load i8*, i8** %834, align 8
  %836 = getelementptr inbounds i8, i8* %835, i64 3840
  %837 = getelementptr inbounds i8*, i8** %pointers, i64 10
  store i8* %836, i8** %837, align 8
  %838 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %838, i64 0, i64 1)
  %839 = getelementptr inbounds i8*, i8** %0, i64 10
  %840 = load i8*, i8** %839, align 8
  %841 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %840, i8** %841, align 8
  %842 = getelementptr inbounds i8*, i8** %0, i64 67
  %843 = load i8*, i8** %842, align 8
  %844 = getelementptr inbounds i8, i8* %843, i64 17728
  %845 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %844, i8** %845, align 8
  %846 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %846, i64 0, i64 1)
  %847 = getelementptr inbounds i8*, i8** %0, i64 0
  %848 = load i8*, i8** %847, align 8
  %849 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %848, i8** %849, align 8
  %850 = getelementptr inbounds i8*, i8** %0, i64 12
  %851 = load i8*, i8** %850, align 8
  %852 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %851, i8** %852, align 8
  %853 = getelementptr inbounds i8*, i8** %0, i64 11
  %854 = load i8*, i8** %853, align 8
  %855 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %854, i8** %855, align 8
  %856 = getelementptr inbounds i8*, i8** %0, i64 67
  %857 = load i8*, i8** %856, align 8
  %858 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %857, i8** %858, align 8
  %859 = getelementptr inbounds i8*, i8** %0, i64 10
  %860 = load i8*, i8** %859, align 8
  %861 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %860, i8** %861, align 8
  %862 = getelementptr inbounds i8*, i8** %0, i64 33
  %863 = load i8*, i8** %862, align 8
  %864 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %863, i8** %864, align 8
  %865 = getelementptr inbounds i8*, i8** %0, i64 35
  %866 = load i8*, i8** %865, align 8
  %867 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %866, i8** %867, align 8
  %868 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_48(i8* %868, i64 0, i64 1)
  %869 = getelementptr inbounds i8*, i8** %0, i64 1
  %870 = load i8*, i8** %869, align 8
  %871 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %870, i8** %871, align 8
  %872 = getelementptr inbounds i8*, i8** %0, i64 14
  %873 = load i8*, i8** %872, align 8
  %874 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %873, i8** %874, align 8
  %875 = getelementptr inbounds i8*, i8** %0, i64 13
  %876 = load i8*, i8** %875, align 8
  %877 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %876, i8** %877, align 8
  %878 = getelementptr inbounds i8*, i8** %0, i64 67
  %879 = load i8*, i8** %878, align 8
  %880 = getelementptr inbounds i8, i8* %879, i64 17408
  %881 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %880, i8** %881, align 8
  %882 = getelementptr inbounds i8*, i8** %0, i64 10
  %883 = load i8*, i8** %882, align 8
  %884 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %883, i8** %884, align 8
  %885 = getelementptr inbounds i8*, i8** %0, i64 33
  %886 = load i8*, i8** %885, align 8
  %887 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %886, i8** %887, align 8
  %888 = getelementptr inbounds i8*, i8** %0, i64 35
  %889 = load i8*, i8** %888, align 8
  %890 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %889, i8** %890, align 8
  %891 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_49(i8* %891, i64 0, i64 1)
  %892 = getelementptr inbounds i8*, i8** %0, i64 2
  %893 = load i8*, i8** %892, align 8
  %894 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %893, i8** %894, align 8
  %895 = getelementptr inbounds i8*, i8** %0, i64 16
  %896 = load i8*, i8** %895, align 8
  %897 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %896, i8** %897, align 8
  %898 = getelementptr inbounds i8*, i8** %0, i64 15
  %899 = load i8*, i8** %898, align 8
  %900 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %899, i8** %900, align 8
  %901 = getelementptr inbounds i8*, i8** %0, i64 67
  %902 = load i8*, i8** %901, align 8
  %903 = getelementptr inbounds i8, i8* %902, i64 3200
  %904 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %903, i8** %904, align 8
  %905 = getelementptr inbounds i8*, i8** %0, i64 10
  %906 = load i8*, i8** %905, align 8
  %907 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %906, i8** %907, align 8
  %908 = getelementptr inbounds i8*, i8** %0, i64 33
  %909 = load i8*, i8** %908, align 8
  %910 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %909, i8** %910, align 8
  %911 = getelementptr inbounds i8*, i8** %0, i64 35
  %912 = load i8*, i8** %911, align 8
  %913 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %912, i8** %913, align 8
  %914 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_50(i8* %914, i64 0, i64 1)
  %915 = getelementptr inbounds i8*, i8** %0, i64 3
  %916 = load i8*, i8** %915, align 8
  %917 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %916, i8** %917, align 8
  %918 = getelementptr inbounds i8*, i8** %0, i64 18
  %919 = load i8*, i8** %918, align 8
  %920 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %919, i8** %920, align 8
  %921 = getelementptr inbounds i8*, i8** %0, i64 17
  %922 = load i8*, i8** %921, align 8
  %923 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %922, i8** %923, align 8
  %924 = getelementptr inbounds i8*, i8** %0, i64 67
  %925 = load i8*, i8** %924, align 8
  %926 = getelementptr inbounds i8, i8* %925, i64 13312
  %927 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %926, i8** %927, align 8
  %928 = getelementptr inbounds i8*, i8** %0, i64 10
  %929 = load i8*, i8** %928, align 8
  %930 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %929, i8** %930, align 8
  %931 = getelementptr inbounds i8*, i8** %0, i64 33
  %932 = load i8*, i8** %931, align 8
  %933 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %932, i8** %933, align 8
  %934 = getelementptr inbounds i8*, i8** %0, i64 35
  %935 = load i8*, i8** %934, align 8
  %936 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %935, i8** %936, align 8
  %937 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_51(i8* %937, i64 0, i64 1)
  %938 = getelementptr inbounds i8*, i8** %0, i64 4
  %939 = load i8*, i8** %938, align 8
  %940 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %939, i8** %940, align 8
  %941 = getelementptr inbounds i8*, i8** %0, i64 20
  %942 = load i8*, i8** %941, align 8
  %943 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %942, i8** %943, align 8
  %944 = getelementptr inbounds i8*, i8** %0, i64 19
  %945 = load i8*, i8** %944, align 8
  %946 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %945, i8** %946, align 8
  %947 = getelementptr inbounds i8*, i8** %0, i64 67
  %948 = load i8*, i8** %947, align 8
  %949 = getelementptr inbounds i8, i8* %948, i64 12288
  %950 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %949, i8** %950, align 8
  %951 = getelementptr inbounds i8*, i8** %0, i64 10
  %952 = load i8*, i8** %951, align 8
  %953 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %952, i8** %953, align 8
  %954 = getelementptr inbounds i8*, i8** %0, i64 33
  %955 = load i8*, i8** %954, align 8
  %956 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %955, i8** %956, align 8
  %957 = getelementptr inbounds i8*, i8** %0, i64 35
  %958 = load i8*, i8** %957, align 8
  %959 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %958, i8** %959, align 8
  %960 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_51(i8* %960, i64 0, i64 1)
  %961 = getelementptr inbounds i8*, i8** %0, i64 5
  %962 = load i8*, i8** %961, align 8
  %963 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %962, i8** %963, align 8
  %964 = getelementptr inbounds i8*, i8** %0, i64 22
  %965 = load i8*, i8** %964, align 8
  %966 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %965, i8** %966, align 8
  %967 = getelementptr inbounds i8*, i8** %0, i64 21
  %968 = load i8*, i8** %967, align 8
  %969 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %968, i8** %969, align 8
  %970 = getelementptr inbounds i8*, i8** %0, i64 67
  %971 = load i8*, i8** %970, align 8
  %972 = getelementptr inbounds i8, i8* %971, i64 10240
  %973 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %972, i8** %973, align 8
  %974 = getelementptr inbounds i8*, i8** %0, i64 10
  %975 = load i8*, i8** %974, align 8
  %976 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %975, i8** %976, align 8
  %977 = getelementptr inbounds i8*, i8** %0, i64 33
  %978 = load i8*, i8** %977, align 8
  %979 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %978, i8** %979, align 8
  %980 = getelementptr inbounds i8*, i8** %0, i64 35
  %981 = load i8*, i8** %980, align 8
  %982 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %981, i8** %982, align 8
  %983 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_51(i8* %983, i64 0, i64 1)
  %984 = getelementptr inbounds i8*, i8** %0, i64 6
  %985 = load i8*, i8** %984, align 8
  %986 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %985, i8** %986, align 8
  %987 = getelementptr inbounds i8*, i8** %0, i64 24
  %988 = load i8*, i8** %987, align 8
  %989 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %988, i8** %989, align 8
  %990 = getelementptr inbounds i8*, i8** %0, i64 23
  %991 = load i8*, i8** %990, align 8
  %992 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %991, i8** %992, align 8
  %993 = getelementptr inbounds i8*, i8** %0, i64 67
  %994 = load i8*, i8** %993, align 8
  %995 = getelementptr inbounds i8, i8* %994, i64 15360
  %996 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %995, i8** %996, align 8
  %997 = getelementptr inbounds i8*, i8** %0, i64 10
  %998 = load i8*, i8** %997, align 8
  %999 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %998, i8** %999, align 8
  %1000 = getelementptr inbounds i8*, i8** %0, i64 33
  %1001 = load i8*, i8** %1000, align 8
  %1002 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %1001, i8** %1002, align 8
  %1003 = getelementptr inbounds i8*, i8** %0, i64 35
  %1004 = load i8*, i8** %1003, align 8
  %1005 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %1004, i8** %1005, align 8
  %1006 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_51(i8* %1006, i64 0, i64 1)
  %1007 = getelementptr inbounds i8*, i8** %0, i64 7
  %1008 = load i8*, i8** %1007, align 8
  %1009 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1008, i8** %1009, align 8
  %1010 = getelementptr inbounds i8*, i8** %0, i64 26
  %1011 = load i8*, i8** %1010, align 8
  %1012 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1011, i8** %1012, align 8
  %1013 = getelementptr inbounds i8*, i8** %0, i64 25
  %1014 = load i8*, i8** %1013, align 8
  %1015 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1014, i8** %1015, align 8
  %1016 = getelementptr inbounds i8*, i8** %0, i64 67
  %1017 = load i8*, i8** %1016, align 8
  %1018 = getelementptr inbounds i8, i8* %1017, i64 16384
  %1019 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %1018, i8** %1019, align 8
  %1020 = getelementptr inbounds i8*, i8** %0, i64 10
  %1021 = load i8*, i8** %1020, align 8
  %1022 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %1021, i8** %1022, align 8
  %1023 = getelementptr inbounds i8*, i8** %0, i64 33
  %1024 = load i8*, i8** %1023, align 8
  %1025 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %1024, i8** %1025, align 8
  %1026 = getelementptr inbounds i8*, i8** %0, i64 35
  %1027 = load i8*, i8** %1026, align 8
  %1028 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %1027, i8** %1028, align 8
  %1029 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_50(i8* %1029, i64 0, i64 1)
  %1030 = getelementptr inbounds i8*, i8** %0, i64 8
  %1031 = load i8*, i8** %1030, align 8
  %1032 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1031, i8** %1032, align 8
  %1033 = getelementptr inbounds i8*, i8** %0, i64 28
  %1034 = load i8*, i8** %1033, align 8
  %1035 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1034, i8** %1035, align 8
  %1036 = getelementptr inbounds i8*, i8** %0, i64 27
  %1037 = load i8*, i8** %1036, align 8
  %1038 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1037, i8** %1038, align 8
  %1039 = getelementptr inbounds i8*, i8** %0, i64 67
  %1040 = load i8*, i8** %1039, align 8
  %1041 = getelementptr inbounds i8, i8* %1040, i64 6144
  %1042 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %1041, i8** %1042, align 8
  %1043 = getelementptr inbounds i8*, i8** %0, i64 10
  %1044 = load i8*, i8** %1043, align 8
  %1045 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %1044, i8** %1045, align 8
  %1046 = getelementptr inbounds i8*, i8** %0, i64 33
  %1047 = load i8*, i8** %1046, align 8
  %1048 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %1047, i8** %1048, align 8
  %1049 = getelementptr inbounds i8*, i8** %0, i64 35
  %1050 = load i8*, i8** %1049, align 8
  %1051 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %1050, i8** %1051, align 8
  %1052 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_52(i8* %1052, i64 0, i64 1)
  %1053 = getelementptr inbounds i8*, i8** %0, i64 9
  %1054 = load i8*, i8** %1053, align 8
  %1055 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1054, i8** %1055, align 8
  %1056 = getelementptr inbounds i8*, i8** %0, i64 30
  %1057 = load i8*, i8** %1056, align 8
  %1058 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1057, i8** %1058, align 8
  %1059 = getelementptr inbounds i8*, i8** %0, i64 29
  %1060 = load i8*, i8** %1059, align 8
  %1061 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1060, i8** %1061, align 8
  %1062 = getelementptr inbounds i8*, i8** %0, i64 67
  %1063 = load i8*, i8** %1062, align 8
  %1064 = getelementptr inbounds i8, i8* %1063, i64 4096
  %1065 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %1064, i8** %1065, align 8
  %1066 = getelementptr inbounds i8*, i8** %0, i64 10
  %1067 = load i8*, i8** %1066, align 8
  %1068 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %1067, i8** %1068, align 8
  %1069 = getelementptr inbounds i8*, i8** %0, i64 33
  %1070 = load i8*, i8** %1069, align 8
  %1071 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %1070, i8** %1071, align 8
  %1072 = getelementptr inbounds i8*, i8** %0, i64 35
  %1073 = load i8*, i8** %1072, align 8
  %1074 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %1073, i8** %1074, align 8
  %1075 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_52(i8* %1075, i64 0, i64 1)
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
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %20, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 128
  %12 = add i64 0, %11
  %13 = mul i64 %i, 128
  %14 = add i64 0, %13
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %26, %exit7 ]
  %15 = icmp slt i64 %i4, 2
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 64
  %17 = add i64 %12, %16
  %18 = mul i64 %i4, 8
  %19 = add i64 %14, %18
  br label %loop5

exit3:                                            ; preds = %loop1
  %20 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %34, %exit11 ]
  %21 = icmp slt i64 %i8, 8
  br i1 %21, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %22 = mul i64 %i8, 8
  %23 = add i64 %17, %22
  %24 = mul i64 %i8, 16
  %25 = add i64 %19, %24
  br label %loop9

exit7:                                            ; preds = %loop5
  %26 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %33, %body10 ]
  %27 = icmp slt i64 %i12, 8
  br i1 %27, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %28 = add i64 %23, %i12
  %29 = add i64 %25, %i12
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %6, i64 %28
  store float %31, float* %32, align 4
  %33 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %34 = add i64 %i8, 1
  br label %loop5
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
  %16 = mul i64 %14, 64
  %17 = mul i64 %14, 64
  %18 = mul i64 %14, 64
  %19 = mul i64 %15, 8
  %20 = add i64 %18, %19
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %21 = icmp slt i64 %i4, 8
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 8
  %23 = add i64 %17, %22
  br label %loop5

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %35, %body6 ]
  %25 = icmp slt i64 %i8, 8
  br i1 %25, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %26 = mul i64 %15, 8
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
define internal void @eptc_kernel_6(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_7(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %35, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 64
  %17 = mul i64 %14, 64
  %18 = sdiv i64 %14, 2
  %19 = srem i64 %14, 2
  %20 = mul i64 %18, 128
  %21 = mul i64 %19, 8
  %22 = add i64 %20, %21
  %23 = mul i64 %15, 16
  %24 = add i64 %22, %23
  %25 = getelementptr inbounds float, float* %12, i64 %24
  %26 = bitcast float* %25 to i8*
  call void @llvm.memset.p0i8.i64(i8* %26, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %46, %exit7 ]
  %27 = icmp slt i64 %i4, 8
  br i1 %27, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %28 = mul i64 %15, 8
  %29 = add i64 %28, %i4
  %30 = add i64 %16, %29
  %31 = getelementptr inbounds float, float* %6, i64 %30
  %32 = load float, float* %31, align 4
  %33 = mul i64 %i4, 8
  %34 = add i64 %17, %33
  br label %loop5

exit3:                                            ; preds = %loop1
  %35 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %45, %body6 ]
  %36 = icmp slt i64 %i8, 8
  br i1 %36, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %37 = add i64 %24, %i8
  %38 = add i64 %34, %i8
  %39 = getelementptr inbounds float, float* %9, i64 %38
  %40 = load float, float* %39, align 4
  %41 = getelementptr inbounds float, float* %12, i64 %37
  %42 = load float, float* %41, align 4
  %43 = call float @llvm.fmuladd.f32(float %32, float %40, float %42)
  %44 = getelementptr inbounds float, float* %12, i64 %37
  store float %43, float* %44, align 4
  %45 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %46 = add i64 %i4, 1
  br label %loop1
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
define internal void @eptc_kernel_9(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_10(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_11(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_12(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_13(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_14(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_15(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_16(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_17(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_18(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_20(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_21(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_22(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_24(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_25(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_27(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_28(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_29(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_30(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_31(i8* %0, i64 %1, i64 %2) #1 {
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
  br label %loop14, !llvm.loop !0

exit16:                                           ; preds = %loop14
  %112 = add i64 %i, 1
  br label %loop
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
  %i = phi i64 [ %1, %entry ], [ %35, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 64
  %17 = mul i64 %14, 64
  %18 = sdiv i64 %14, 2
  %19 = srem i64 %14, 2
  %20 = mul i64 %18, 128
  %21 = mul i64 %19, 8
  %22 = add i64 %20, %21
  %23 = mul i64 %15, 16
  %24 = add i64 %22, %23
  %25 = getelementptr inbounds float, float* %12, i64 %24
  %26 = bitcast float* %25 to i8*
  call void @llvm.memset.p0i8.i64(i8* %26, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %46, %exit7 ]
  %27 = icmp slt i64 %i4, 8
  br i1 %27, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %28 = mul i64 %i4, 8
  %29 = add i64 %28, %15
  %30 = add i64 %16, %29
  %31 = getelementptr inbounds float, float* %6, i64 %30
  %32 = load float, float* %31, align 4
  %33 = mul i64 %i4, 8
  %34 = add i64 %17, %33
  br label %loop5

exit3:                                            ; preds = %loop1
  %35 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %45, %body6 ]
  %36 = icmp slt i64 %i8, 8
  br i1 %36, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %37 = add i64 %24, %i8
  %38 = add i64 %34, %i8
  %39 = getelementptr inbounds float, float* %9, i64 %38
  %40 = load float, float* %39, align 4
  %41 = getelementptr inbounds float, float* %12, i64 %37
  %42 = load float, float* %41, align 4
  %43 = call float @llvm.fmuladd.f32(float %32, float %40, float %42)
  %44 = getelementptr inbounds float, float* %12, i64 %37
  store float %43, float* %44, align 4
  %45 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %46 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_36(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_37(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_39(i8* %0, i64 %1, i64 %2) #1 {
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
  br label %loop14, !llvm.loop !2

exit16:                                           ; preds = %loop14
  %104 = add i64 %i, 1
  br label %loop
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
define internal void @eptc_kernel_45(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_46(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_47(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_52(i8* %0, i64 %1, i64 %2) #1 {
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

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
!2 = distinct !{!2, !1}
