; ModuleID = 'attention'
source_filename = "attention"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define i32 @eptc_entry_2(i8** %0) #0 {
entry:
  %pointers = alloca i8*, i64 6, align 8
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
  %12 = getelementptr inbounds i8*, i8** %0, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 4096
  %15 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %14, i8** %15, align 8
  %16 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_1(i8* %16, i64 0, i64 16)
  %17 = getelementptr inbounds i8*, i8** %0, i64 44
  %18 = load i8*, i8** %17, align 8
  %19 = getelementptr inbounds i8, i8* %18, i64 4096
  %20 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %19, i8** %20, align 8
  %21 = getelementptr inbounds i8*, i8** %0, i64 2
  %22 = load i8*, i8** %21, align 8
  %23 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %22, i8** %23, align 8
  %24 = getelementptr inbounds i8*, i8** %0, i64 44
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8, i8* %25, i64 5120
  %27 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %26, i8** %27, align 8
  %28 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %28, i64 0, i64 16)
  %29 = getelementptr inbounds i8*, i8** %0, i64 44
  %30 = load i8*, i8** %29, align 8
  %31 = getelementptr inbounds i8, i8* %30, i64 5120
  %32 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %31, i8** %32, align 8
  %33 = getelementptr inbounds i8*, i8** %0, i64 3
  %34 = load i8*, i8** %33, align 8
  %35 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %34, i8** %35, align 8
  %36 = getelementptr inbounds i8*, i8** %0, i64 44
  %37 = load i8*, i8** %36, align 8
  %38 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %37, i8** %38, align 8
  %39 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %39, i64 0, i64 16)
  %40 = getelementptr inbounds i8*, i8** %0, i64 44
  %41 = load i8*, i8** %40, align 8
  %42 = getelementptr inbounds i8, i8* %41, i64 6144
  %43 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %42, i8** %43, align 8
  %44 = getelementptr inbounds i8*, i8** %0, i64 44
  %45 = load i8*, i8** %44, align 8
  %46 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %45, i8** %46, align 8
  %47 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %47, i64 0, i64 2)
  %48 = getelementptr inbounds i8*, i8** %0, i64 44
  %49 = load i8*, i8** %48, align 8
  %50 = getelementptr inbounds i8, i8* %49, i64 5120
  %51 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %50, i8** %51, align 8
  %52 = getelementptr inbounds i8*, i8** %0, i64 4
  %53 = load i8*, i8** %52, align 8
  %54 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %53, i8** %54, align 8
  %55 = getelementptr inbounds i8*, i8** %0, i64 44
  %56 = load i8*, i8** %55, align 8
  %57 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %56, i8** %57, align 8
  %58 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %58, i64 0, i64 16)
  %59 = getelementptr inbounds i8*, i8** %0, i64 44
  %60 = load i8*, i8** %59, align 8
  %61 = getelementptr inbounds i8, i8* %60, i64 7168
  %62 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %61, i8** %62, align 8
  %63 = getelementptr inbounds i8*, i8** %0, i64 44
  %64 = load i8*, i8** %63, align 8
  %65 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %64, i8** %65, align 8
  %66 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %66, i64 0, i64 2)
  %67 = getelementptr inbounds i8*, i8** %0, i64 44
  %68 = load i8*, i8** %67, align 8
  %69 = getelementptr inbounds i8, i8* %68, i64 5120
  %70 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %69, i8** %70, align 8
  %71 = getelementptr inbounds i8*, i8** %0, i64 5
  %72 = load i8*, i8** %71, align 8
  %73 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %72, i8** %73, align 8
  %74 = getelementptr inbounds i8*, i8** %0, i64 44
  %75 = load i8*, i8** %74, align 8
  %76 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %75, i8** %76, align 8
  %77 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %77, i64 0, i64 16)
  %78 = getelementptr inbounds i8*, i8** %0, i64 44
  %79 = load i8*, i8** %78, align 8
  %80 = getelementptr inbounds i8, i8* %79, i64 8192
  %81 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %80, i8** %81, align 8
  %82 = getelementptr inbounds i8*, i8** %0, i64 44
  %83 = load i8*, i8** %82, align 8
  %84 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %83, i8** %84, align 8
  %85 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %85, i64 0, i64 2)
  %86 = getelementptr inbounds i8*, i8** %0, i64 44
  %87 = load i8*, i8** %86, align 8
  %88 = getelementptr inbounds i8, i8* %87, i64 6144
  %89 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %88, i8** %89, align 8
  %90 = getelementptr inbounds i8*, i8** %0, i64 44
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 7168
  %93 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %92, i8** %93, align 8
  %94 = getelementptr inbounds i8*, i8** %0, i64 44
  %95 = load i8*, i8** %94, align 8
  %96 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %95, i8** %96, align 8
  %97 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %97, i64 0, i64 32)
  %98 = getelementptr inbounds i8*, i8** %0, i64 44
  %99 = load i8*, i8** %98, align 8
  %100 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %99, i8** %100, align 8
  %101 = getelementptr inbounds i8*, i8** %0, i64 44
  %102 = load i8*, i8** %101, align 8
  %103 = getelementptr inbounds i8, i8* %102, i64 9216
  %104 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %103, i8** %104, align 8
  %105 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %105, i64 0, i64 32)
  %106 = getelementptr inbounds i8*, i8** %0, i64 44
  %107 = load i8*, i8** %106, align 8
  %108 = getelementptr inbounds i8, i8* %107, i64 9216
  %109 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %108, i8** %109, align 8
  %110 = getelementptr inbounds i8*, i8** %0, i64 44
  %111 = load i8*, i8** %110, align 8
  %112 = getelementptr inbounds i8, i8* %111, i64 8192
  %113 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %112, i8** %113, align 8
  %114 = getelementptr inbounds i8*, i8** %0, i64 44
  %115 = load i8*, i8** %114, align 8
  %116 = getelementptr inbounds i8, i8* %115, i64 10240
  %117 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %116, i8** %117, align 8
  %118 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %118, i64 0, i64 32)
  %119 = getelementptr inbounds i8*, i8** %0, i64 44
  %120 = load i8*, i8** %119, align 8
  %121 = getelementptr inbounds i8, i8* %120, i64 10240
  %122 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %121, i8** %122, align 8
  %123 = getelementptr inbounds i8*, i8** %0, i64 6
  %124 = load i8*, i8** %123, align 8
  %125 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %124, i8** %125, align 8
  %126 = getelementptr inbounds i8*, i8** %0, i64 44
  %127 = load i8*, i8** %126, align 8
  %128 = getelementptr inbounds i8, i8* %127, i64 11264
  %129 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %128, i8** %129, align 8
  %130 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %130, i64 0, i64 16)
  %131 = getelementptr inbounds i8*, i8** %0, i64 44
  %132 = load i8*, i8** %131, align 8
  %133 = getelementptr inbounds i8, i8* %132, i64 11264
  %134 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %133, i8** %134, align 8
  %135 = getelementptr inbounds i8*, i8** %0, i64 44
  %136 = load i8*, i8** %135, align 8
  %137 = getelementptr inbounds i8, i8* %136, i64 4096
  %138 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %137, i8** %138, align 8
  %139 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %139, i64 0, i64 1)
  %140 = getelementptr inbounds i8*, i8** %0, i64 44
  %141 = load i8*, i8** %140, align 8
  %142 = getelementptr inbounds i8, i8* %141, i64 11264
  %143 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %142, i8** %143, align 8
  %144 = getelementptr inbounds i8*, i8** %0, i64 7
  %145 = load i8*, i8** %144, align 8
  %146 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %145, i8** %146, align 8
  %147 = getelementptr inbounds i8*, i8** %0, i64 44
  %148 = load i8*, i8** %147, align 8
  %149 = getelementptr inbounds i8, i8* %148, i64 12288
  %150 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %149, i8** %150, align 8
  %151 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %151, i64 0, i64 16)
  %152 = getelementptr inbounds i8*, i8** %0, i64 44
  %153 = load i8*, i8** %152, align 8
  %154 = getelementptr inbounds i8, i8* %153, i64 12288
  %155 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %154, i8** %155, align 8
  %156 = getelementptr inbounds i8*, i8** %0, i64 8
  %157 = load i8*, i8** %156, align 8
  %158 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %157, i8** %158, align 8
  %159 = getelementptr inbounds i8*, i8** %0, i64 44
  %160 = load i8*, i8** %159, align 8
  %161 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %160, i8** %161, align 8
  %162 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %162, i64 0, i64 16)
  %163 = getelementptr inbounds i8*, i8** %0, i64 44
  %164 = load i8*, i8** %163, align 8
  %165 = getelementptr inbounds i8, i8* %164, i64 2048
  %166 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %165, i8** %166, align 8
  %167 = getelementptr inbounds i8*, i8** %0, i64 44
  %168 = load i8*, i8** %167, align 8
  %169 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %168, i8** %169, align 8
  %170 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_10(i8* %170, i64 0, i64 1)
  %171 = getelementptr inbounds i8*, i8** %0, i64 44
  %172 = load i8*, i8** %171, align 8
  %173 = getelementptr inbounds i8, i8* %172, i64 2048
  %174 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %173, i8** %174, align 8
  %175 = getelementptr inbounds i8*, i8** %0, i64 9
  %176 = load i8*, i8** %175, align 8
  %177 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %176, i8** %177, align 8
  %178 = getelementptr inbounds i8*, i8** %0, i64 44
  %179 = load i8*, i8** %178, align 8
  %180 = getelementptr inbounds i8, i8* %179, i64 13312
  %181 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %180, i8** %181, align 8
  %182 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_11(i8* %182, i64 0, i64 16)
  %183 = getelementptr inbounds i8*, i8** %0, i64 44
  %184 = load i8*, i8** %183, align 8
  %185 = getelementptr inbounds i8, i8* %184, i64 13312
  %186 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %185, i8** %186, align 8
  %187 = getelementptr inbounds i8*, i8** %0, i64 44
  %188 = load i8*, i8** %187, align 8
  %189 = getelementptr inbounds i8, i8* %188, i64 11264
  %190 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %189, i8** %190, align 8
  %191 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %191, i64 0, i64 1)
  %192 = getelementptr inbounds i8*, i8** %0, i64 44
  %193 = load i8*, i8** %192, align 8
  %194 = getelementptr inbounds i8, i8* %193, i64 13312
  %195 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %194, i8** %195, align 8
  %196 = getelementptr inbounds i8*, i8** %0, i64 44
  %197 = load i8*, i8** %196, align 8
  %198 = getelementptr inbounds i8, i8* %197, i64 14336
  %199 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %198, i8** %199, align 8
  %200 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_12(i8* %200, i64 0, i64 2)
  %201 = getelementptr inbounds i8*, i8** %0, i64 44
  %202 = load i8*, i8** %201, align 8
  %203 = getelementptr inbounds i8, i8* %202, i64 14336
  %204 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %203, i8** %204, align 8
  %205 = getelementptr inbounds i8*, i8** %0, i64 1
  %206 = load i8*, i8** %205, align 8
  %207 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %206, i8** %207, align 8
  %208 = getelementptr inbounds i8*, i8** %0, i64 44
  %209 = load i8*, i8** %208, align 8
  %210 = getelementptr inbounds i8, i8* %209, i64 13312
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
  %218 = getelementptr inbounds i8*, i8** %0, i64 44
  %219 = load i8*, i8** %218, align 8
  %220 = getelementptr inbounds i8, i8* %219, i64 13312
  %221 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %220, i8** %221, align 8
  %222 = getelementptr inbounds i8*, i8** %0, i64 32
  %223 = load i8*, i8** %222, align 8
  %224 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %223, i8** %224, align 8
  %225 = getelementptr inbounds i8*, i8** %0, i64 44
  %226 = load i8*, i8** %225, align 8
  %227 = getelementptr inbounds i8, i8* %226, i64 13376
  %228 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %227, i8** %228, align 8
  %229 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_14(i8* %229, i64 0, i64 2)
  %230 = getelementptr inbounds i8*, i8** %0, i64 32
  %231 = load i8*, i8** %230, align 8
  %232 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %231, i8** %232, align 8
  %233 = getelementptr inbounds i8*, i8** %0, i64 44
  %234 = load i8*, i8** %233, align 8
  %235 = getelementptr inbounds i8, i8* %234, i64 13376
  %236 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %235, i8** %236, align 8
  %237 = getelementptr inbounds i8*, i8** %0, i64 33
  %238 = load i8*, i8** %237, align 8
  %239 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %238, i8** %239, align 8
  %240 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_15(i8* %240, i64 0, i64 1)
  %241 = getelementptr inbounds i8*, i8** %0, i64 44
  %242 = load i8*, i8** %241, align 8
  %243 = getelementptr inbounds i8, i8* %242, i64 13376
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
  %254 = getelementptr inbounds i8*, i8** %0, i64 44
  %255 = load i8*, i8** %254, align 8
  %256 = getelementptr inbounds i8, i8* %255, i64 13376
  %257 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %256, i8** %257, align 8
  %258 = getelementptr inbounds i8*, i8** %0, i64 44
  %259 = load i8*, i8** %258, align 8
  %260 = getelementptr inbounds i8, i8* %259, i64 13504
  %261 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %260, i8** %261, align 8
  %262 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_17(i8* %262, i64 0, i64 1)
  %263 = getelementptr inbounds i8*, i8** %0, i64 44
  %264 = load i8*, i8** %263, align 8
  %265 = getelementptr inbounds i8, i8* %264, i64 13312
  %266 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %265, i8** %266, align 8
  %267 = getelementptr inbounds i8*, i8** %0, i64 32
  %268 = load i8*, i8** %267, align 8
  %269 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %268, i8** %269, align 8
  %270 = getelementptr inbounds i8*, i8** %0, i64 44
  %271 = load i8*, i8** %270, align 8
  %272 = getelementptr inbounds i8, i8* %271, i64 13504
  %273 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %272, i8** %273, align 8
  %274 = getelementptr inbounds i8*, i8** %0, i64 44
  %275 = load i8*, i8** %274, align 8
  %276 = getelementptr inbounds i8, i8* %275, i64 13440
  %277 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %276, i8** %277, align 8
  %278 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_18(i8* %278, i64 0, i64 2)
  %279 = getelementptr inbounds i8*, i8** %0, i64 44
  %280 = load i8*, i8** %279, align 8
  %281 = getelementptr inbounds i8, i8* %280, i64 13440
  %282 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %281, i8** %282, align 8
  %283 = getelementptr inbounds i8*, i8** %0, i64 1
  %284 = load i8*, i8** %283, align 8
  %285 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %284, i8** %285, align 8
  %286 = getelementptr inbounds i8*, i8** %0, i64 44
  %287 = load i8*, i8** %286, align 8
  %288 = getelementptr inbounds i8, i8* %287, i64 14464
  %289 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %288, i8** %289, align 8
  %290 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_19(i8* %290, i64 0, i64 2)
  %291 = getelementptr inbounds i8*, i8** %0, i64 44
  %292 = load i8*, i8** %291, align 8
  %293 = getelementptr inbounds i8, i8* %292, i64 14336
  %294 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %293, i8** %294, align 8
  %295 = getelementptr inbounds i8*, i8** %0, i64 44
  %296 = load i8*, i8** %295, align 8
  %297 = getelementptr inbounds i8, i8* %296, i64 13440
  %298 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %297, i8** %298, align 8
  %299 = getelementptr inbounds i8*, i8** %0, i64 35
  %300 = load i8*, i8** %299, align 8
  %301 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %300, i8** %301, align 8
  %302 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_20(i8* %302, i64 0, i64 16)
  %303 = getelementptr inbounds i8*, i8** %0, i64 44
  %304 = load i8*, i8** %303, align 8
  %305 = getelementptr inbounds i8, i8* %304, i64 14464
  %306 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %305, i8** %306, align 8
  %307 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_21(i8* %307, i64 0, i64 1)
  %308 = getelementptr inbounds i8*, i8** %0, i64 44
  %309 = load i8*, i8** %308, align 8
  %310 = getelementptr inbounds i8, i8* %309, i64 13312
  %311 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %310, i8** %311, align 8
  %312 = getelementptr inbounds i8*, i8** %0, i64 44
  %313 = load i8*, i8** %312, align 8
  %314 = getelementptr inbounds i8, i8* %313, i64 14464
  %315 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %314, i8** %315, align 8
  %316 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_22(i8* %316, i64 0, i64 2)
  %317 = getelementptr inbounds i8*, i8** %0, i64 44
  %318 = load i8*, i8** %317, align 8
  %319 = getelementptr inbounds i8, i8* %318, i64 2048
  %320 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %319, i8** %320, align 8
  %321 = getelementptr inbounds i8*, i8** %0, i64 44
  %322 = load i8*, i8** %321, align 8
  %323 = getelementptr inbounds i8, i8* %322, i64 13312
  %324 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %323, i8** %324, align 8
  %325 = getelementptr inbounds i8*, i8** %0, i64 43
  %326 = load i8*, i8** %325, align 8
  %327 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %326, i8** %327, align 8
  %328 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_23(i8* %328, i64 0, i64 32)
  %329 = getelementptr inbounds i8*, i8** %0, i64 44
  %330 = load i8*, i8** %329, align 8
  %331 = getelementptr inbounds i8, i8* %330, i64 13312
  %332 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %331, i8** %332, align 8
  %333 = getelementptr inbounds i8*, i8** %0, i64 9
  %334 = load i8*, i8** %333, align 8
  %335 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %334, i8** %335, align 8
  %336 = getelementptr inbounds i8*, i8** %0, i64 44
  %337 = load i8*, i8** %336, align 8
  %338 = getelementptr inbounds i8, i8* %337, i64 2048
  %339 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %338, i8** %339, align 8
  %340 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_24(i8* %340, i64 0, i64 16)
  %341 = getelementptr inbounds i8*, i8** %0, i64 44
  %342 = load i8*, i8** %341, align 8
  %343 = getelementptr inbounds i8, i8* %342, i64 2048
  %344 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %343, i8** %344, align 8
  %345 = getelementptr inbounds i8*, i8** %0, i64 44
  %346 = load i8*, i8** %345, align 8
  %347 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %346, i8** %347, align 8
  %348 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_25(i8* %348, i64 0, i64 1)
  %349 = getelementptr inbounds i8*, i8** %0, i64 44
  %350 = load i8*, i8** %349, align 8
  %351 = getelementptr inbounds i8, i8* %350, i64 2048
  %352 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %351, i8** %352, align 8
  %353 = getelementptr inbounds i8*, i8** %0, i64 8
  %354 = load i8*, i8** %353, align 8
  %355 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %354, i8** %355, align 8
  %356 = getelementptr inbounds i8*, i8** %0, i64 44
  %357 = load i8*, i8** %356, align 8
  %358 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %357, i8** %358, align 8
  %359 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_26(i8* %359, i64 0, i64 16)
  %360 = getelementptr inbounds i8*, i8** %0, i64 44
  %361 = load i8*, i8** %360, align 8
  %362 = getelementptr inbounds i8, i8* %361, i64 12288
  %363 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %362, i8** %363, align 8
  %364 = getelementptr inbounds i8*, i8** %0, i64 44
  %365 = load i8*, i8** %364, align 8
  %366 = getelementptr inbounds i8, i8* %365, i64 2048
  %367 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %366, i8** %367, align 8
  %368 = getelementptr inbounds i8*, i8** %0, i64 42
  %369 = load i8*, i8** %368, align 8
  %370 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %369, i8** %370, align 8
  %371 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_27(i8* %371, i64 0, i64 16)
  %372 = getelementptr inbounds i8*, i8** %0, i64 44
  %373 = load i8*, i8** %372, align 8
  %374 = getelementptr inbounds i8, i8* %373, i64 11264
  %375 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %374, i8** %375, align 8
  %376 = getelementptr inbounds i8*, i8** %0, i64 44
  %377 = load i8*, i8** %376, align 8
  %378 = getelementptr inbounds i8, i8* %377, i64 2048
  %379 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %378, i8** %379, align 8
  %380 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %380, i64 0, i64 16)
  %381 = getelementptr inbounds i8*, i8** %0, i64 44
  %382 = load i8*, i8** %381, align 8
  %383 = getelementptr inbounds i8, i8* %382, i64 2048
  %384 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %383, i8** %384, align 8
  %385 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_29(i8* %385, i64 0, i64 1)
  %386 = getelementptr inbounds i8*, i8** %0, i64 44
  %387 = load i8*, i8** %386, align 8
  %388 = getelementptr inbounds i8, i8* %387, i64 1024
  %389 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %388, i8** %389, align 8
  %390 = getelementptr inbounds i8*, i8** %0, i64 44
  %391 = load i8*, i8** %390, align 8
  %392 = getelementptr inbounds i8, i8* %391, i64 11264
  %393 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %392, i8** %393, align 8
  %394 = getelementptr inbounds i8*, i8** %0, i64 44
  %395 = load i8*, i8** %394, align 8
  %396 = getelementptr inbounds i8, i8* %395, i64 2048
  %397 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %396, i8** %397, align 8
  %398 = getelementptr inbounds i8*, i8** %0, i64 44
  %399 = load i8*, i8** %398, align 8
  %400 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %399, i8** %400, align 8
  %401 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_30(i8* %401, i64 0, i64 16)
  %402 = getelementptr inbounds i8*, i8** %0, i64 44
  %403 = load i8*, i8** %402, align 8
  %404 = getelementptr inbounds i8, i8* %403, i64 1024
  %405 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %404, i8** %405, align 8
  %406 = getelementptr inbounds i8*, i8** %0, i64 41
  %407 = load i8*, i8** %406, align 8
  %408 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %407, i8** %408, align 8
  %409 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %409, i64 0, i64 1)
  %410 = getelementptr inbounds i8*, i8** %0, i64 44
  %411 = load i8*, i8** %410, align 8
  %412 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %411, i8** %412, align 8
  %413 = getelementptr inbounds i8*, i8** %0, i64 7
  %414 = load i8*, i8** %413, align 8
  %415 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %414, i8** %415, align 8
  %416 = getelementptr inbounds i8*, i8** %0, i64 44
  %417 = load i8*, i8** %416, align 8
  %418 = getelementptr inbounds i8, i8* %417, i64 11264
  %419 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %418, i8** %419, align 8
  %420 = getelementptr inbounds i8*, i8** %0, i64 44
  %421 = load i8*, i8** %420, align 8
  %422 = getelementptr inbounds i8, i8* %421, i64 2048
  %423 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %422, i8** %423, align 8
  %424 = getelementptr inbounds i8*, i8** %0, i64 44
  %425 = load i8*, i8** %424, align 8
  %426 = getelementptr inbounds i8, i8* %425, i64 14464
  %427 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %426, i8** %427, align 8
  %428 = getelementptr inbounds i8*, i8** %0, i64 44
  %429 = load i8*, i8** %428, align 8
  %430 = getelementptr inbounds i8, i8* %429, i64 1024
  %431 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %430, i8** %431, align 8
  %432 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %432, i64 0, i64 16)
  %433 = getelementptr inbounds i8*, i8** %0, i64 44
  %434 = load i8*, i8** %433, align 8
  %435 = getelementptr inbounds i8, i8* %434, i64 1024
  %436 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %435, i8** %436, align 8
  %437 = getelementptr inbounds i8*, i8** %0, i64 6
  %438 = load i8*, i8** %437, align 8
  %439 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %438, i8** %439, align 8
  %440 = getelementptr inbounds i8*, i8** %0, i64 44
  %441 = load i8*, i8** %440, align 8
  %442 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %441, i8** %442, align 8
  %443 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %443, i64 0, i64 16)
  %444 = getelementptr inbounds i8*, i8** %0, i64 44
  %445 = load i8*, i8** %444, align 8
  %446 = getelementptr inbounds i8, i8* %445, i64 10240
  %447 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %446, i8** %447, align 8
  %448 = getelementptr inbounds i8*, i8** %0, i64 44
  %449 = load i8*, i8** %448, align 8
  %450 = getelementptr inbounds i8, i8* %449, i64 1024
  %451 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %450, i8** %451, align 8
  %452 = getelementptr inbounds i8*, i8** %0, i64 40
  %453 = load i8*, i8** %452, align 8
  %454 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %453, i8** %454, align 8
  %455 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %455, i64 0, i64 16)
  %456 = getelementptr inbounds i8*, i8** %0, i64 44
  %457 = load i8*, i8** %456, align 8
  %458 = getelementptr inbounds i8, i8* %457, i64 2048
  %459 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %458, i8** %459, align 8
  %460 = getelementptr inbounds i8*, i8** %0, i64 44
  %461 = load i8*, i8** %460, align 8
  %462 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %461, i8** %462, align 8
  %463 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %463, i64 0, i64 2)
  %464 = getelementptr inbounds i8*, i8** %0, i64 44
  %465 = load i8*, i8** %464, align 8
  %466 = getelementptr inbounds i8, i8* %465, i64 2048
  %467 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %466, i8** %467, align 8
  %468 = getelementptr inbounds i8*, i8** %0, i64 44
  %469 = load i8*, i8** %468, align 8
  %470 = getelementptr inbounds i8, i8* %469, i64 8192
  %471 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %470, i8** %471, align 8
  %472 = getelementptr inbounds i8*, i8** %0, i64 44
  %473 = load i8*, i8** %472, align 8
  %474 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %473, i8** %474, align 8
  %475 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %475, i64 0, i64 32)
  %476 = getelementptr inbounds i8*, i8** %0, i64 44
  %477 = load i8*, i8** %476, align 8
  %478 = getelementptr inbounds i8, i8* %477, i64 9216
  %479 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %478, i8** %479, align 8
  %480 = getelementptr inbounds i8*, i8** %0, i64 44
  %481 = load i8*, i8** %480, align 8
  %482 = getelementptr inbounds i8, i8* %481, i64 2048
  %483 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %482, i8** %483, align 8
  %484 = getelementptr inbounds i8*, i8** %0, i64 44
  %485 = load i8*, i8** %484, align 8
  %486 = getelementptr inbounds i8, i8* %485, i64 3072
  %487 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %486, i8** %487, align 8
  %488 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_35(i8* %488, i64 0, i64 32)
  %489 = getelementptr inbounds i8*, i8** %0, i64 44
  %490 = load i8*, i8** %489, align 8
  %491 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %490, i8** %491, align 8
  %492 = getelementptr inbounds i8*, i8** %0, i64 44
  %493 = load i8*, i8** %492, align 8
  %494 = getelementptr inbounds i8, i8* %493, i64 9216
  %495 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %494, i8** %495, align 8
  %496 = getelementptr inbounds i8*, i8** %0, i64 44
  %497 = load i8*, i8** %496, align 8
  %498 = getelementptr inbounds i8, i8* %497, i64 2048
  %499 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %498, i8** %499, align 8
  %500 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_36(i8* %500, i64 0, i64 32)
  %501 = getelementptr inbounds i8*, i8** %0, i64 44
  %502 = load i8*, i8** %501, align 8
  %503 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %502, i8** %503, align 8
  %504 = getelementptr inbounds i8*, i8** %0, i64 44
  %505 = load i8*, i8** %504, align 8
  %506 = getelementptr inbounds i8, i8* %505, i64 2048
  %507 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %506, i8** %507, align 8
  %508 = getelementptr inbounds i8*, i8** %0, i64 44
  %509 = load i8*, i8** %508, align 8
  %510 = getelementptr inbounds i8, i8* %509, i64 9216
  %511 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %510, i8** %511, align 8
  %512 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_37(i8* %512, i64 0, i64 32)
  %513 = getelementptr inbounds i8*, i8** %0, i64 44
  %514 = load i8*, i8** %513, align 8
  %515 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %514, i8** %515, align 8
  %516 = getelementptr inbounds i8*, i8** %0, i64 44
  %517 = load i8*, i8** %516, align 8
  %518 = getelementptr inbounds i8, i8* %517, i64 7168
  %519 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %518, i8** %519, align 8
  %520 = getelementptr inbounds i8*, i8** %0, i64 44
  %521 = load i8*, i8** %520, align 8
  %522 = getelementptr inbounds i8, i8* %521, i64 2048
  %523 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %522, i8** %523, align 8
  %524 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %524, i64 0, i64 32)
  %525 = getelementptr inbounds i8*, i8** %0, i64 44
  %526 = load i8*, i8** %525, align 8
  %527 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %526, i8** %527, align 8
  %528 = getelementptr inbounds i8*, i8** %0, i64 44
  %529 = load i8*, i8** %528, align 8
  %530 = getelementptr inbounds i8, i8* %529, i64 6144
  %531 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %530, i8** %531, align 8
  %532 = getelementptr inbounds i8*, i8** %0, i64 44
  %533 = load i8*, i8** %532, align 8
  %534 = getelementptr inbounds i8, i8* %533, i64 7168
  %535 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %534, i8** %535, align 8
  %536 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_35(i8* %536, i64 0, i64 32)
  %537 = getelementptr inbounds i8*, i8** %0, i64 44
  %538 = load i8*, i8** %537, align 8
  %539 = getelementptr inbounds i8, i8* %538, i64 5120
  %540 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %539, i8** %540, align 8
  %541 = getelementptr inbounds i8*, i8** %0, i64 44
  %542 = load i8*, i8** %541, align 8
  %543 = getelementptr inbounds i8, i8* %542, i64 3072
  %544 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %543, i8** %544, align 8
  %545 = getelementptr inbounds i8*, i8** %0, i64 39
  %546 = load i8*, i8** %545, align 8
  %547 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %546, i8** %547, align 8
  %548 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %548, i64 0, i64 16)
  %549 = getelementptr inbounds i8*, i8** %0, i64 44
  %550 = load i8*, i8** %549, align 8
  %551 = getelementptr inbounds i8, i8* %550, i64 7168
  %552 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %551, i8** %552, align 8
  %553 = getelementptr inbounds i8*, i8** %0, i64 4
  %554 = load i8*, i8** %553, align 8
  %555 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %554, i8** %555, align 8
  %556 = getelementptr inbounds i8*, i8** %0, i64 44
  %557 = load i8*, i8** %556, align 8
  %558 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %557, i8** %558, align 8
  %559 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %559, i64 0, i64 16)
  %560 = getelementptr inbounds i8*, i8** %0, i64 44
  %561 = load i8*, i8** %560, align 8
  %562 = getelementptr inbounds i8, i8* %561, i64 5120
  %563 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %562, i8** %563, align 8
  %564 = getelementptr inbounds i8*, i8** %0, i64 44
  %565 = load i8*, i8** %564, align 8
  %566 = getelementptr inbounds i8, i8* %565, i64 7168
  %567 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %566, i8** %567, align 8
  %568 = getelementptr inbounds i8*, i8** %0, i64 38
  %569 = load i8*, i8** %568, align 8
  %570 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %569, i8** %570, align 8
  %571 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %571, i64 0, i64 16)
  %572 = getelementptr inbounds i8*, i8** %0, i64 44
  %573 = load i8*, i8** %572, align 8
  %574 = getelementptr inbounds i8, i8* %573, i64 2048
  %575 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %574, i8** %575, align 8
  %576 = getelementptr inbounds i8*, i8** %0, i64 3
  %577 = load i8*, i8** %576, align 8
  %578 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %577, i8** %578, align 8
  %579 = getelementptr inbounds i8*, i8** %0, i64 44
  %580 = load i8*, i8** %579, align 8
  %581 = getelementptr inbounds i8, i8* %580, i64 6144
  %582 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %581, i8** %582, align 8
  %583 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %583, i64 0, i64 16)
  %584 = getelementptr inbounds i8*, i8** %0, i64 44
  %585 = load i8*, i8** %584, align 8
  %586 = getelementptr inbounds i8, i8* %585, i64 5120
  %587 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %586, i8** %587, align 8
  %588 = getelementptr inbounds i8*, i8** %0, i64 44
  %589 = load i8*, i8** %588, align 8
  %590 = getelementptr inbounds i8, i8* %589, i64 2048
  %591 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %590, i8** %591, align 8
  %592 = getelementptr inbounds i8*, i8** %0, i64 37
  %593 = load i8*, i8** %592, align 8
  %594 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %593, i8** %594, align 8
  %595 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %595, i64 0, i64 16)
  %596 = getelementptr inbounds i8*, i8** %0, i64 44
  %597 = load i8*, i8** %596, align 8
  %598 = getelementptr inbounds i8, i8* %597, i64 3072
  %599 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %598, i8** %599, align 8
  %600 = getelementptr inbounds i8*, i8** %0, i64 5
  %601 = load i8*, i8** %600, align 8
  %602 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %601, i8** %602, align 8
  %603 = getelementptr inbounds i8*, i8** %0, i64 44
  %604 = load i8*, i8** %603, align 8
  %605 = getelementptr inbounds i8, i8* %604, i64 2048
  %606 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %605, i8** %606, align 8
  %607 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %607, i64 0, i64 16)
  %608 = getelementptr inbounds i8*, i8** %0, i64 44
  %609 = load i8*, i8** %608, align 8
  %610 = getelementptr inbounds i8, i8* %609, i64 2048
  %611 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %610, i8** %611, align 8
  %612 = getelementptr inbounds i8*, i8** %0, i64 44
  %613 = load i8*, i8** %612, align 8
  %614 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %613, i8** %614, align 8
  %615 = getelementptr inbounds i8*, i8** %0, i64 44
  %616 = load i8*, i8** %615, align 8
  %617 = getelementptr inbounds i8, i8* %616, i64 6144
  %618 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %617, i8** %618, align 8
  %619 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_38(i8* %619, i64 0, i64 1)
  %620 = getelementptr inbounds i8*, i8** %0, i64 44
  %621 = load i8*, i8** %620, align 8
  %622 = getelementptr inbounds i8, i8* %621, i64 4096
  %623 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %622, i8** %623, align 8
  %624 = getelementptr inbounds i8*, i8** %0, i64 44
  %625 = load i8*, i8** %624, align 8
  %626 = getelementptr inbounds i8, i8* %625, i64 3072
  %627 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %626, i8** %627, align 8
  %628 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %628, i64 0, i64 16)
  %629 = getelementptr inbounds i8*, i8** %0, i64 44
  %630 = load i8*, i8** %629, align 8
  %631 = getelementptr inbounds i8, i8* %630, i64 3072
  %632 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %631, i8** %632, align 8
  %633 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_29(i8* %633, i64 0, i64 1)
  %634 = getelementptr inbounds i8*, i8** %0, i64 44
  %635 = load i8*, i8** %634, align 8
  %636 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %635, i8** %636, align 8
  %637 = getelementptr inbounds i8*, i8** %0, i64 44
  %638 = load i8*, i8** %637, align 8
  %639 = getelementptr inbounds i8, i8* %638, i64 4096
  %640 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %639, i8** %640, align 8
  %641 = getelementptr inbounds i8*, i8** %0, i64 44
  %642 = load i8*, i8** %641, align 8
  %643 = getelementptr inbounds i8, i8* %642, i64 3072
  %644 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %643, i8** %644, align 8
  %645 = getelementptr inbounds i8*, i8** %0, i64 44
  %646 = load i8*, i8** %645, align 8
  %647 = getelementptr inbounds i8, i8* %646, i64 2048
  %648 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %647, i8** %648, align 8
  %649 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_30(i8* %649, i64 0, i64 16)
  %650 = getelementptr inbounds i8*, i8** %0, i64 44
  %651 = load i8*, i8** %650, align 8
  %652 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %651, i8** %652, align 8
  %653 = getelementptr inbounds i8*, i8** %0, i64 36
  %654 = load i8*, i8** %653, align 8
  %655 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %654, i8** %655, align 8
  %656 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %656, i64 0, i64 1)
  %657 = getelementptr inbounds i8*, i8** %0, i64 44
  %658 = load i8*, i8** %657, align 8
  %659 = getelementptr inbounds i8, i8* %658, i64 2048
  %660 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %659, i8** %660, align 8
  %661 = getelementptr inbounds i8*, i8** %0, i64 2
  %662 = load i8*, i8** %661, align 8
  %663 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %662, i8** %663, align 8
  %664 = getelementptr inbounds i8*, i8** %0, i64 44
  %665 = load i8*, i8** %664, align 8
  %666 = getelementptr inbounds i8, i8* %665, i64 4096
  %667 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %666, i8** %667, align 8
  %668 = getelementptr inbounds i8*, i8** %0, i64 44
  %669 = load i8*, i8** %668, align 8
  %670 = getelementptr inbounds i8, i8* %669, i64 3072
  %671 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %670, i8** %671, align 8
  %672 = getelementptr inbounds i8*, i8** %0, i64 44
  %673 = load i8*, i8** %672, align 8
  %674 = getelementptr inbounds i8, i8* %673, i64 1024
  %675 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %674, i8** %675, align 8
  %676 = getelementptr inbounds i8*, i8** %0, i64 44
  %677 = load i8*, i8** %676, align 8
  %678 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %677, i8** %678, align 8
  %679 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_39(i8* %679, i64 0, i64 16)
  %680 = getelementptr inbounds i8*, i8** %0, i64 31
  %681 = load i8*, i8** %680, align 8
  %682 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %681, i8** %682, align 8
  %683 = bitcast i8** %pointers to i8*
  %684 = call i1 @eptc_check_1(i8* %683)
  br i1 %684, label %invalid5, label %valid6

invalid5:                                         ; preds = %valid4
  ret i32 91

valid6:                                           ; preds = %valid4
  %685 = getelementptr inbounds i8*, i8** %0, i64 44
  %686 = load i8*, i8** %685, align 8
  %687 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %686, i8** %687, align 8
  %688 = getelementptr inbounds i8*, i8** %0, i64 31
  %689 = load i8*, i8** %688, align 8
  %690 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %689, i8** %690, align 8
  %691 = getelementptr inbounds i8*, i8** %0, i64 34
  %692 = load i8*, i8** %691, align 8
  %693 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %692, i8** %693, align 8
  %694 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %694, i64 0, i64 1)
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

attributes #0 = { nounwind "prefer-vector-width"="256" }
attributes #1 = { noinline nounwind "prefer-vector-width"="256" }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
!2 = distinct !{!2, !1}
