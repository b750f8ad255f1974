; ModuleID = 'mlp'
source_filename = "mlp"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define i32 @eptc_entry_3(i8** %0) #0 {
entry:
  %pointers = alloca i8*, i64 9, align 8
  %1 = getelementptr inbounds i8*, i8** %0, i64 25
  %2 = load i8*, i8** %1, align 8
  %3 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2, i8** %3, align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %5, i8** %6, align 8
  %7 = getelementptr inbounds i8*, i8** %0, i64 55
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 8192
  %10 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %9, i8** %10, align 8
  %11 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_1(i8* %11, i64 0, i64 8)
  %12 = getelementptr inbounds i8*, i8** %0, i64 55
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 9216
  %15 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %14, i8** %15, align 8
  %16 = getelementptr inbounds i8*, i8** %0, i64 55
  %17 = load i8*, i8** %16, align 8
  %18 = getelementptr inbounds i8, i8* %17, i64 8192
  %19 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %18, i8** %19, align 8
  %20 = getelementptr inbounds i8*, i8** %0, i64 1
  %21 = load i8*, i8** %20, align 8
  %22 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %21, i8** %22, align 8
  %23 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %23, i64 0, i64 8)
  %24 = getelementptr inbounds i8*, i8** %0, i64 55
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8, i8* %25, i64 9216
  %27 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %26, i8** %27, align 8
  %28 = getelementptr inbounds i8*, i8** %0, i64 4
  %29 = load i8*, i8** %28, align 8
  %30 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %29, i8** %30, align 8
  %31 = getelementptr inbounds i8*, i8** %0, i64 55
  %32 = load i8*, i8** %31, align 8
  %33 = getelementptr inbounds i8, i8* %32, i64 10240
  %34 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %33, i8** %34, align 8
  %35 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %35, i64 0, i64 8)
  %36 = getelementptr inbounds i8*, i8** %0, i64 55
  %37 = load i8*, i8** %36, align 8
  %38 = getelementptr inbounds i8, i8* %37, i64 4096
  %39 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %38, i8** %39, align 8
  %40 = getelementptr inbounds i8*, i8** %0, i64 55
  %41 = load i8*, i8** %40, align 8
  %42 = getelementptr inbounds i8, i8* %41, i64 10240
  %43 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %42, i8** %43, align 8
  %44 = getelementptr inbounds i8*, i8** %0, i64 5
  %45 = load i8*, i8** %44, align 8
  %46 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %45, i8** %46, align 8
  %47 = getelementptr inbounds i8*, i8** %0, i64 55
  %48 = load i8*, i8** %47, align 8
  %49 = getelementptr inbounds i8, i8* %48, i64 9216
  %50 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %49, i8** %50, align 8
  %51 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %51, i64 0, i64 8)
  %52 = getelementptr inbounds i8*, i8** %0, i64 55
  %53 = load i8*, i8** %52, align 8
  %54 = getelementptr inbounds i8, i8* %53, i64 4096
  %55 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %54, i8** %55, align 8
  %56 = getelementptr inbounds i8*, i8** %0, i64 6
  %57 = load i8*, i8** %56, align 8
  %58 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %57, i8** %58, align 8
  %59 = getelementptr inbounds i8*, i8** %0, i64 55
  %60 = load i8*, i8** %59, align 8
  %61 = getelementptr inbounds i8, i8* %60, i64 5120
  %62 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %61, i8** %62, align 8
  %63 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %63, i64 0, i64 8)
  %64 = getelementptr inbounds i8*, i8** %0, i64 55
  %65 = load i8*, i8** %64, align 8
  %66 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %65, i8** %66, align 8
  %67 = getelementptr inbounds i8*, i8** %0, i64 55
  %68 = load i8*, i8** %67, align 8
  %69 = getelementptr inbounds i8, i8* %68, i64 5120
  %70 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %69, i8** %70, align 8
  %71 = getelementptr inbounds i8*, i8** %0, i64 7
  %72 = load i8*, i8** %71, align 8
  %73 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %72, i8** %73, align 8
  %74 = getelementptr inbounds i8*, i8** %0, i64 55
  %75 = load i8*, i8** %74, align 8
  %76 = getelementptr inbounds i8, i8* %75, i64 4096
  %77 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %76, i8** %77, align 8
  %78 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %78, i64 0, i64 8)
  %79 = getelementptr inbounds i8*, i8** %0, i64 55
  %80 = load i8*, i8** %79, align 8
  %81 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %80, i8** %81, align 8
  %82 = getelementptr inbounds i8*, i8** %0, i64 2
  %83 = load i8*, i8** %82, align 8
  %84 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %83, i8** %84, align 8
  %85 = getelementptr inbounds i8*, i8** %0, i64 55
  %86 = load i8*, i8** %85, align 8
  %87 = getelementptr inbounds i8, i8* %86, i64 1024
  %88 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %87, i8** %88, align 8
  %89 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %89, i64 0, i64 8)
  %90 = getelementptr inbounds i8*, i8** %0, i64 55
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 1024
  %93 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %92, i8** %93, align 8
  %94 = getelementptr inbounds i8*, i8** %0, i64 3
  %95 = load i8*, i8** %94, align 8
  %96 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %95, i8** %96, align 8
  %97 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %97, i64 0, i64 8)
  %98 = getelementptr inbounds i8*, i8** %0, i64 26
  %99 = load i8*, i8** %98, align 8
  %100 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %99, i8** %100, align 8
  %101 = bitcast i8** %pointers to i8*
  %102 = call i1 @eptc_check_1(i8* %101)
  br i1 %102, label %invalid, label %valid

invalid:                                          ; preds = %entry
  ret i32 18

valid:                                            ; preds = %entry
  %103 = getelementptr inbounds i8*, i8** %0, i64 55
  %104 = load i8*, i8** %103, align 8
  %105 = getelementptr inbounds i8, i8* %104, i64 1024
  %106 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %105, i8** %106, align 8
  %107 = getelementptr inbounds i8*, i8** %0, i64 26
  %108 = load i8*, i8** %107, align 8
  %109 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %108, i8** %109, align 8
  %110 = getelementptr inbounds i8*, i8** %0, i64 55
  %111 = load i8*, i8** %110, align 8
  %112 = getelementptr inbounds i8, i8* %111, i64 1152
  %113 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %112, i8** %113, align 8
  %114 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %114, i64 0, i64 8)
  %115 = getelementptr inbounds i8*, i8** %0, i64 26
  %116 = load i8*, i8** %115, align 8
  %117 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %116, i8** %117, align 8
  %118 = getelementptr inbounds i8*, i8** %0, i64 55
  %119 = load i8*, i8** %118, align 8
  %120 = getelementptr inbounds i8, i8* %119, i64 1152
  %121 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %120, i8** %121, align 8
  %122 = getelementptr inbounds i8*, i8** %0, i64 28
  %123 = load i8*, i8** %122, align 8
  %124 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %123, i8** %124, align 8
  %125 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %125, i64 0, i64 1)
  %126 = getelementptr inbounds i8*, i8** %0, i64 55
  %127 = load i8*, i8** %126, align 8
  %128 = getelementptr inbounds i8, i8* %127, i64 14080
  %129 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %128, i8** %129, align 8
  %130 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %130, i64 0, i64 1)
  %131 = getelementptr inbounds i8*, i8** %0, i64 26
  %132 = load i8*, i8** %131, align 8
  %133 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %132, i8** %133, align 8
  %134 = bitcast i8** %pointers to i8*
  %135 = call i1 @eptc_check_1(i8* %134)
  br i1 %135, label %invalid1, label %valid2

invalid1:                                         ; preds = %valid
  ret i32 20

valid2:                                           ; preds = %valid
  %136 = getelementptr inbounds i8*, i8** %0, i64 26
  %137 = load i8*, i8** %136, align 8
  %138 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %137, i8** %138, align 8
  %139 = getelementptr inbounds i8*, i8** %0, i64 55
  %140 = load i8*, i8** %139, align 8
  %141 = getelementptr inbounds i8, i8* %140, i64 14080
  %142 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %141, i8** %142, align 8
  %143 = getelementptr inbounds i8*, i8** %0, i64 55
  %144 = load i8*, i8** %143, align 8
  %145 = getelementptr inbounds i8, i8* %144, i64 1280
  %146 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %145, i8** %146, align 8
  %147 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_10(i8* %147, i64 0, i64 1)
  %148 = getelementptr inbounds i8*, i8** %0, i64 55
  %149 = load i8*, i8** %148, align 8
  %150 = getelementptr inbounds i8, i8* %149, i64 1024
  %151 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %150, i8** %151, align 8
  %152 = getelementptr inbounds i8*, i8** %0, i64 26
  %153 = load i8*, i8** %152, align 8
  %154 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %153, i8** %154, align 8
  %155 = getelementptr inbounds i8*, i8** %0, i64 55
  %156 = load i8*, i8** %155, align 8
  %157 = getelementptr inbounds i8, i8* %156, i64 1280
  %158 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %157, i8** %158, align 8
  %159 = getelementptr inbounds i8*, i8** %0, i64 55
  %160 = load i8*, i8** %159, align 8
  %161 = getelementptr inbounds i8, i8* %160, i64 1152
  %162 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %161, i8** %162, align 8
  %163 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_11(i8* %163, i64 0, i64 8)
  %164 = getelementptr inbounds i8*, i8** %0, i64 55
  %165 = load i8*, i8** %164, align 8
  %166 = getelementptr inbounds i8, i8* %165, i64 1152
  %167 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %166, i8** %167, align 8
  %168 = getelementptr inbounds i8*, i8** %0, i64 55
  %169 = load i8*, i8** %168, align 8
  %170 = getelementptr inbounds i8, i8* %169, i64 14144
  %171 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %170, i8** %171, align 8
  %172 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_12(i8* %172, i64 0, i64 4)
  %173 = getelementptr inbounds i8*, i8** %0, i64 55
  %174 = load i8*, i8** %173, align 8
  %175 = getelementptr inbounds i8, i8* %174, i64 1152
  %176 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %175, i8** %176, align 8
  %177 = getelementptr inbounds i8*, i8** %0, i64 2
  %178 = load i8*, i8** %177, align 8
  %179 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %178, i8** %179, align 8
  %180 = getelementptr inbounds i8*, i8** %0, i64 55
  %181 = load i8*, i8** %180, align 8
  %182 = getelementptr inbounds i8, i8* %181, i64 6144
  %183 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %182, i8** %183, align 8
  %184 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_13(i8* %184, i64 0, i64 8)
  %185 = getelementptr inbounds i8*, i8** %0, i64 55
  %186 = load i8*, i8** %185, align 8
  %187 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %186, i8** %187, align 8
  %188 = getelementptr inbounds i8*, i8** %0, i64 55
  %189 = load i8*, i8** %188, align 8
  %190 = getelementptr inbounds i8, i8* %189, i64 1152
  %191 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %190, i8** %191, align 8
  %192 = getelementptr inbounds i8*, i8** %0, i64 55
  %193 = load i8*, i8** %192, align 8
  %194 = getelementptr inbounds i8, i8* %193, i64 13312
  %195 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %194, i8** %195, align 8
  %196 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_14(i8* %196, i64 0, i64 32)
  %197 = getelementptr inbounds i8*, i8** %0, i64 55
  %198 = load i8*, i8** %197, align 8
  %199 = getelementptr inbounds i8, i8* %198, i64 5120
  %200 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %199, i8** %200, align 8
  %201 = getelementptr inbounds i8*, i8** %0, i64 7
  %202 = load i8*, i8** %201, align 8
  %203 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %202, i8** %203, align 8
  %204 = getelementptr inbounds i8*, i8** %0, i64 55
  %205 = load i8*, i8** %204, align 8
  %206 = getelementptr inbounds i8, i8* %205, i64 6144
  %207 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %206, i8** %207, align 8
  %208 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_15(i8* %208, i64 0, i64 8)
  %209 = getelementptr inbounds i8*, i8** %0, i64 55
  %210 = load i8*, i8** %209, align 8
  %211 = getelementptr inbounds i8, i8* %210, i64 5120
  %212 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %211, i8** %212, align 8
  %213 = getelementptr inbounds i8*, i8** %0, i64 55
  %214 = load i8*, i8** %213, align 8
  %215 = getelementptr inbounds i8, i8* %214, i64 13824
  %216 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %215, i8** %216, align 8
  %217 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_16(i8* %217, i64 0, i64 1)
  %218 = getelementptr inbounds i8*, i8** %0, i64 55
  %219 = load i8*, i8** %218, align 8
  %220 = getelementptr inbounds i8, i8* %219, i64 4096
  %221 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %220, i8** %221, align 8
  %222 = getelementptr inbounds i8*, i8** %0, i64 55
  %223 = load i8*, i8** %222, align 8
  %224 = getelementptr inbounds i8, i8* %223, i64 5120
  %225 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %224, i8** %225, align 8
  %226 = getelementptr inbounds i8*, i8** %0, i64 55
  %227 = load i8*, i8** %226, align 8
  %228 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %227, i8** %228, align 8
  %229 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_17(i8* %229, i64 0, i64 32)
  %230 = getelementptr inbounds i8*, i8** %0, i64 55
  %231 = load i8*, i8** %230, align 8
  %232 = getelementptr inbounds i8, i8* %231, i64 5120
  %233 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %232, i8** %233, align 8
  %234 = getelementptr inbounds i8*, i8** %0, i64 6
  %235 = load i8*, i8** %234, align 8
  %236 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %235, i8** %236, align 8
  %237 = getelementptr inbounds i8*, i8** %0, i64 55
  %238 = load i8*, i8** %237, align 8
  %239 = getelementptr inbounds i8, i8* %238, i64 11264
  %240 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %239, i8** %240, align 8
  %241 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_18(i8* %241, i64 0, i64 8)
  %242 = getelementptr inbounds i8*, i8** %0, i64 55
  %243 = load i8*, i8** %242, align 8
  %244 = getelementptr inbounds i8, i8* %243, i64 11264
  %245 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %244, i8** %245, align 8
  %246 = getelementptr inbounds i8*, i8** %0, i64 55
  %247 = load i8*, i8** %246, align 8
  %248 = getelementptr inbounds i8, i8* %247, i64 6144
  %249 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %248, i8** %249, align 8
  %250 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_19(i8* %250, i64 0, i64 1)
  %251 = getelementptr inbounds i8*, i8** %0, i64 55
  %252 = load i8*, i8** %251, align 8
  %253 = getelementptr inbounds i8, i8* %252, i64 10240
  %254 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %253, i8** %254, align 8
  %255 = getelementptr inbounds i8*, i8** %0, i64 5
  %256 = load i8*, i8** %255, align 8
  %257 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %256, i8** %257, align 8
  %258 = getelementptr inbounds i8*, i8** %0, i64 55
  %259 = load i8*, i8** %258, align 8
  %260 = getelementptr inbounds i8, i8* %259, i64 11264
  %261 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %260, i8** %261, align 8
  %262 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_15(i8* %262, i64 0, i64 8)
  %263 = getelementptr inbounds i8*, i8** %0, i64 55
  %264 = load i8*, i8** %263, align 8
  %265 = getelementptr inbounds i8, i8* %264, i64 10240
  %266 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %265, i8** %266, align 8
  %267 = getelementptr inbounds i8*, i8** %0, i64 55
  %268 = load i8*, i8** %267, align 8
  %269 = getelementptr inbounds i8, i8* %268, i64 13952
  %270 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %269, i8** %270, align 8
  %271 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_16(i8* %271, i64 0, i64 1)
  %272 = getelementptr inbounds i8*, i8** %0, i64 55
  %273 = load i8*, i8** %272, align 8
  %274 = getelementptr inbounds i8, i8* %273, i64 9216
  %275 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %274, i8** %275, align 8
  %276 = getelementptr inbounds i8*, i8** %0, i64 55
  %277 = load i8*, i8** %276, align 8
  %278 = getelementptr inbounds i8, i8* %277, i64 10240
  %279 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %278, i8** %279, align 8
  %280 = getelementptr inbounds i8*, i8** %0, i64 55
  %281 = load i8*, i8** %280, align 8
  %282 = getelementptr inbounds i8, i8* %281, i64 4096
  %283 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %282, i8** %283, align 8
  %284 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_17(i8* %284, i64 0, i64 32)
  %285 = getelementptr inbounds i8*, i8** %0, i64 55
  %286 = load i8*, i8** %285, align 8
  %287 = getelementptr inbounds i8, i8* %286, i64 10240
  %288 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %287, i8** %288, align 8
  %289 = getelementptr inbounds i8*, i8** %0, i64 4
  %290 = load i8*, i8** %289, align 8
  %291 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %290, i8** %291, align 8
  %292 = getelementptr inbounds i8*, i8** %0, i64 55
  %293 = load i8*, i8** %292, align 8
  %294 = getelementptr inbounds i8, i8* %293, i64 12288
  %295 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %294, i8** %295, align 8
  %296 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_18(i8* %296, i64 0, i64 8)
  %297 = getelementptr inbounds i8*, i8** %0, i64 55
  %298 = load i8*, i8** %297, align 8
  %299 = getelementptr inbounds i8, i8* %298, i64 12288
  %300 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %299, i8** %300, align 8
  %301 = getelementptr inbounds i8*, i8** %0, i64 55
  %302 = load i8*, i8** %301, align 8
  %303 = getelementptr inbounds i8, i8* %302, i64 8192
  %304 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %303, i8** %304, align 8
  %305 = getelementptr inbounds i8*, i8** %0, i64 1
  %306 = load i8*, i8** %305, align 8
  %307 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %306, i8** %307, align 8
  %308 = getelementptr inbounds i8*, i8** %0, i64 55
  %309 = load i8*, i8** %308, align 8
  %310 = getelementptr inbounds i8, i8* %309, i64 11264
  %311 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %310, i8** %311, align 8
  %312 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_20(i8* %312, i64 0, i64 8)
  %313 = getelementptr inbounds i8*, i8** %0, i64 55
  %314 = load i8*, i8** %313, align 8
  %315 = getelementptr inbounds i8, i8* %314, i64 12288
  %316 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %315, i8** %316, align 8
  %317 = getelementptr inbounds i8*, i8** %0, i64 55
  %318 = load i8*, i8** %317, align 8
  %319 = getelementptr inbounds i8, i8* %318, i64 10240
  %320 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %319, i8** %320, align 8
  %321 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_16(i8* %321, i64 0, i64 1)
  %322 = getelementptr inbounds i8*, i8** %0, i64 25
  %323 = load i8*, i8** %322, align 8
  %324 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %323, i8** %324, align 8
  %325 = getelementptr inbounds i8*, i8** %0, i64 55
  %326 = load i8*, i8** %325, align 8
  %327 = getelementptr inbounds i8, i8* %326, i64 12288
  %328 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %327, i8** %328, align 8
  %329 = getelementptr inbounds i8*, i8** %0, i64 55
  %330 = load i8*, i8** %329, align 8
  %331 = getelementptr inbounds i8, i8* %330, i64 8192
  %332 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %331, i8** %332, align 8
  %333 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_21(i8* %333, i64 0, i64 16)
  %334 = getelementptr inbounds i8*, i8** %0, i64 55
  %335 = load i8*, i8** %334, align 8
  %336 = getelementptr inbounds i8, i8* %335, i64 8192
  %337 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %336, i8** %337, align 8
  %338 = getelementptr inbounds i8*, i8** %0, i64 55
  %339 = load i8*, i8** %338, align 8
  %340 = getelementptr inbounds i8, i8* %339, i64 10368
  %341 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %340, i8** %341, align 8
  %342 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_22(i8* %342, i64 0, i64 1)
  %343 = getelementptr inbounds i8*, i8** %0, i64 55
  %344 = load i8*, i8** %343, align 8
  %345 = getelementptr inbounds i8, i8* %344, i64 10240
  %346 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %345, i8** %346, align 8
  %347 = getelementptr inbounds i8*, i8** %0, i64 55
  %348 = load i8*, i8** %347, align 8
  %349 = getelementptr inbounds i8, i8* %348, i64 10432
  %350 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %349, i8** %350, align 8
  %351 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_23(i8* %351, i64 0, i64 1)
  %352 = getelementptr inbounds i8*, i8** %0, i64 55
  %353 = load i8*, i8** %352, align 8
  %354 = getelementptr inbounds i8, i8* %353, i64 13312
  %355 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %354, i8** %355, align 8
  %356 = getelementptr inbounds i8*, i8** %0, i64 55
  %357 = load i8*, i8** %356, align 8
  %358 = getelementptr inbounds i8, i8* %357, i64 10496
  %359 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %358, i8** %359, align 8
  %360 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_24(i8* %360, i64 0, i64 1)
  %361 = getelementptr inbounds i8*, i8** %0, i64 55
  %362 = load i8*, i8** %361, align 8
  %363 = getelementptr inbounds i8, i8* %362, i64 14144
  %364 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %363, i8** %364, align 8
  %365 = getelementptr inbounds i8*, i8** %0, i64 55
  %366 = load i8*, i8** %365, align 8
  %367 = getelementptr inbounds i8, i8* %366, i64 10560
  %368 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %367, i8** %368, align 8
  %369 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_25(i8* %369, i64 0, i64 1)
  %370 = getelementptr inbounds i8*, i8** %0, i64 55
  %371 = load i8*, i8** %370, align 8
  %372 = getelementptr inbounds i8, i8* %371, i64 4096
  %373 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %372, i8** %373, align 8
  %374 = getelementptr inbounds i8*, i8** %0, i64 55
  %375 = load i8*, i8** %374, align 8
  %376 = getelementptr inbounds i8, i8* %375, i64 10624
  %377 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %376, i8** %377, align 8
  %378 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_26(i8* %378, i64 0, i64 1)
  %379 = getelementptr inbounds i8*, i8** %0, i64 55
  %380 = load i8*, i8** %379, align 8
  %381 = getelementptr inbounds i8, i8* %380, i64 13952
  %382 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %381, i8** %382, align 8
  %383 = getelementptr inbounds i8*, i8** %0, i64 55
  %384 = load i8*, i8** %383, align 8
  %385 = getelementptr inbounds i8, i8* %384, i64 10688
  %386 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %385, i8** %386, align 8
  %387 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_23(i8* %387, i64 0, i64 1)
  %388 = getelementptr inbounds i8*, i8** %0, i64 55
  %389 = load i8*, i8** %388, align 8
  %390 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %389, i8** %390, align 8
  %391 = getelementptr inbounds i8*, i8** %0, i64 55
  %392 = load i8*, i8** %391, align 8
  %393 = getelementptr inbounds i8, i8* %392, i64 10752
  %394 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %393, i8** %394, align 8
  %395 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_26(i8* %395, i64 0, i64 1)
  %396 = getelementptr inbounds i8*, i8** %0, i64 55
  %397 = load i8*, i8** %396, align 8
  %398 = getelementptr inbounds i8, i8* %397, i64 13824
  %399 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %398, i8** %399, align 8
  %400 = getelementptr inbounds i8*, i8** %0, i64 55
  %401 = load i8*, i8** %400, align 8
  %402 = getelementptr inbounds i8, i8* %401, i64 10816
  %403 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %402, i8** %403, align 8
  %404 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_23(i8* %404, i64 0, i64 1)
  %405 = getelementptr inbounds i8*, i8** %0, i64 29
  %406 = load i8*, i8** %405, align 8
  %407 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %406, i8** %407, align 8
  %408 = getelementptr inbounds i8*, i8** %0, i64 55
  %409 = load i8*, i8** %408, align 8
  %410 = getelementptr inbounds i8, i8* %409, i64 10368
  %411 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %410, i8** %411, align 8
  %412 = getelementptr inbounds i8*, i8** %0, i64 55
  %413 = load i8*, i8** %412, align 8
  %414 = getelementptr inbounds i8, i8* %413, i64 10432
  %415 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %414, i8** %415, align 8
  %416 = getelementptr inbounds i8*, i8** %0, i64 55
  %417 = load i8*, i8** %416, align 8
  %418 = getelementptr inbounds i8, i8* %417, i64 10496
  %419 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %418, i8** %419, align 8
  %420 = getelementptr inbounds i8*, i8** %0, i64 55
  %421 = load i8*, i8** %420, align 8
  %422 = getelementptr inbounds i8, i8* %421, i64 10560
  %423 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %422, i8** %423, align 8
  %424 = getelementptr inbounds i8*, i8** %0, i64 55
  %425 = load i8*, i8** %424, align 8
  %426 = getelementptr inbounds i8, i8* %425, i64 10624
  %427 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %426, i8** %427, align 8
  %428 = getelementptr inbounds i8*, i8** %0, i64 55
  %429 = load i8*, i8** %428, align 8
  %430 = getelementptr inbounds i8, i8* %429, i64 10688
  %431 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %430, i8** %431, align 8
  %432 = getelementptr inbounds i8*, i8** %0, i64 55
  %433 = load i8*, i8** %432, align 8
  %434 = getelementptr inbounds i8, i8* %433, i64 10752
  %435 = getelementptr inbounds i8*, i8** %pointers, i64 7
  store i8* %434, i8** %435, align 8
  %436 = getelementptr inbounds i8*, i8** %0, i64 55
  %437 = load i8*, i8** %436, align 8
  %438 = getelementptr inbounds i8, i8* %437, i64 10816
  %439 = getelementptr inbounds i8*, i8** %pointers, i64 8
  store i8* %438, i8** %439, align 8
  %440 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_27(i8* %440, i64 0, i64 1)
  %441 = getelementptr inbounds i8*, i8** %0, i64 8
  %442 = load i8*, i8** %441, align 8
  %443 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %442, i8** %443, align 8
  %444 = getelementptr inbounds i8*, i8** %0, i64 55
  %445 = load i8*, i8** %444, align 8
  %446 = getelementptr inbounds i8, i8* %445, i64 14080
  %447 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %446, i8** %447, align 8
  %448 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %448, i64 0, i64 1)
  %449 = getelementptr inbounds i8*, i8** %0, i64 0
  %450 = load i8*, i8** %449, align 8
  %451 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %450, i8** %451, align 8
  %452 = getelementptr inbounds i8*, i8** %0, i64 10
  %453 = load i8*, i8** %452, align 8
  %454 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %453, i8** %454, align 8
  %455 = getelementptr inbounds i8*, i8** %0, i64 9
  %456 = load i8*, i8** %455, align 8
  %457 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %456, i8** %457, align 8
  %458 = getelementptr inbounds i8*, i8** %0, i64 55
  %459 = load i8*, i8** %458, align 8
  %460 = getelementptr inbounds i8, i8* %459, i64 8192
  %461 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %460, i8** %461, align 8
  %462 = getelementptr inbounds i8*, i8** %0, i64 8
  %463 = load i8*, i8** %462, align 8
  %464 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %463, i8** %464, align 8
  %465 = getelementptr inbounds i8*, i8** %0, i64 27
  %466 = load i8*, i8** %465, align 8
  %467 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %466, i8** %467, align 8
  %468 = getelementptr inbounds i8*, i8** %0, i64 29
  %469 = load i8*, i8** %468, align 8
  %470 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %469, i8** %470, align 8
  %471 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_29(i8* %471, i64 0, i64 1)
  %472 = getelementptr inbounds i8*, i8** %0, i64 1
  %473 = load i8*, i8** %472, align 8
  %474 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %473, i8** %474, align 8
  %475 = getelementptr inbounds i8*, i8** %0, i64 12
  %476 = load i8*, i8** %475, align 8
  %477 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %476, i8** %477, align 8
  %478 = getelementptr inbounds i8*, i8** %0, i64 11
  %479 = load i8*, i8** %478, align 8
  %480 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %479, i8** %480, align 8
  %481 = getelementptr inbounds i8*, i8** %0, i64 55
  %482 = load i8*, i8** %481, align 8
  %483 = getelementptr inbounds i8, i8* %482, i64 10240
  %484 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %483, i8** %484, align 8
  %485 = getelementptr inbounds i8*, i8** %0, i64 8
  %486 = load i8*, i8** %485, align 8
  %487 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %486, i8** %487, align 8
  %488 = getelementptr inbounds i8*, i8** %0, i64 27
  %489 = load i8*, i8** %488, align 8
  %490 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %489, i8** %490, align 8
  %491 = getelementptr inbounds i8*, i8** %0, i64 29
  %492 = load i8*, i8** %491, align 8
  %493 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %492, i8** %493, align 8
  %494 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_30(i8* %494, i64 0, i64 1)
  %495 = getelementptr inbounds i8*, i8** %0, i64 2
  %496 = load i8*, i8** %495, align 8
  %497 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %496, i8** %497, align 8
  %498 = getelementptr inbounds i8*, i8** %0, i64 14
  %499 = load i8*, i8** %498, align 8
  %500 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %499, i8** %500, align 8
  %501 = getelementptr inbounds i8*, i8** %0, i64 13
  %502 = load i8*, i8** %501, align 8
  %503 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %502, i8** %503, align 8
  %504 = getelementptr inbounds i8*, i8** %0, i64 55
  %505 = load i8*, i8** %504, align 8
  %506 = getelementptr inbounds i8, i8* %505, i64 13312
  %507 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %506, i8** %507, align 8
  %508 = getelementptr inbounds i8*, i8** %0, i64 8
  %509 = load i8*, i8** %508, align 8
  %510 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %509, i8** %510, align 8
  %511 = getelementptr inbounds i8*, i8** %0, i64 27
  %512 = load i8*, i8** %511, align 8
  %513 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %512, i8** %513, align 8
  %514 = getelementptr inbounds i8*, i8** %0, i64 29
  %515 = load i8*, i8** %514, align 8
  %516 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %515, i8** %516, align 8
  %517 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %517, i64 0, i64 1)
  %518 = getelementptr inbounds i8*, i8** %0, i64 3
  %519 = load i8*, i8** %518, align 8
  %520 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %519, i8** %520, align 8
  %521 = getelementptr inbounds i8*, i8** %0, i64 16
  %522 = load i8*, i8** %521, align 8
  %523 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %522, i8** %523, align 8
  %524 = getelementptr inbounds i8*, i8** %0, i64 15
  %525 = load i8*, i8** %524, align 8
  %526 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %525, i8** %526, align 8
  %527 = getelementptr inbounds i8*, i8** %0, i64 55
  %528 = load i8*, i8** %527, align 8
  %529 = getelementptr inbounds i8, i8* %528, i64 14144
  %530 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %529, i8** %530, align 8
  %531 = getelementptr inbounds i8*, i8** %0, i64 8
  %532 = load i8*, i8** %531, align 8
  %533 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %532, i8** %533, align 8
  %534 = getelementptr inbounds i8*, i8** %0, i64 27
  %535 = load i8*, i8** %534, align 8
  %536 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %535, i8** %536, align 8
  %537 = getelementptr inbounds i8*, i8** %0, i64 29
  %538 = load i8*, i8** %537, align 8
  %539 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %538, i8** %539, align 8
  %540 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %540, i64 0, i64 1)
  %541 = getelementptr inbounds i8*, i8** %0, i64 4
  %542 = load i8*, i8** %541, align 8
  %543 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %542, i8** %543, align 8
  %544 = getelementptr inbounds i8*, i8** %0, i64 18
  %545 = load i8*, i8** %544, align 8
  %546 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %545, i8** %546, align 8
  %547 = getelementptr inbounds i8*, i8** %0, i64 17
  %548 = load i8*, i8** %547, align 8
  %549 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %548, i8** %549, align 8
  %550 = getelementptr inbounds i8*, i8** %0, i64 55
  %551 = load i8*, i8** %550, align 8
  %552 = getelementptr inbounds i8, i8* %551, i64 4096
  %553 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %552, i8** %553, align 8
  %554 = getelementptr inbounds i8*, i8** %0, i64 8
  %555 = load i8*, i8** %554, align 8
  %556 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %555, i8** %556, align 8
  %557 = getelementptr inbounds i8*, i8** %0, i64 27
  %558 = load i8*, i8** %557, align 8
  %559 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %558, i8** %559, align 8
  %560 = getelementptr inbounds i8*, i8** %0, i64 29
  %561 = load i8*, i8** %560, align 8
  %562 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %561, i8** %562, align 8
  %563 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %563, i64 0, i64 1)
  %564 = getelementptr inbounds i8*, i8** %0, i64 5
  %565 = load i8*, i8** %564, align 8
  %566 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %565, i8** %566, align 8
  %567 = getelementptr inbounds i8*, i8** %0, i64 20
  %568 = load i8*, i8** %567, align 8
  %569 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %568, i8** %569, align 8
  %570 = getelementptr inbounds i8*, i8** %0, i64 19
  %571 = load i8*, i8** %570, align 8
  %572 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %571, i8** %572, align 8
  %573 = getelementptr inbounds i8*, i8** %0, i64 55
  %574 = load i8*, i8** %573, align 8
  %575 = getelementptr inbounds i8, i8* %574, i64 13952
  %576 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %575, i8** %576, align 8
  %577 = getelementptr inbounds i8*, i8** %0, i64 8
  %578 = load i8*, i8** %577, align 8
  %579 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %578, i8** %579, align 8
  %580 = getelementptr inbounds i8*, i8** %0, i64 27
  %581 = load i8*, i8** %580, align 8
  %582 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %581, i8** %582, align 8
  %583 = getelementptr inbounds i8*, i8** %0, i64 29
  %584 = load i8*, i8** %583, align 8
  %585 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %584, i8** %585, align 8
  %586 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_30(i8* %586, i64 0, i64 1)
  %587 = getelementptr inbounds i8*, i8** %0, i64 6
  %588 = load i8*, i8** %587, align 8
  %589 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %588, i8** %589, align 8
  %590 = getelementptr inbounds i8*, i8** %0, i64 22
  %591 = load i8*, i8** %590, align 8
  %592 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %591, i8** %592, align 8
  %593 = getelementptr inbounds i8*, i8** %0, i64 21
  %594 = load i8*, i8** %593, align 8
  %595 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %594, i8** %595, align 8
  %596 = getelementptr inbounds i8*, i8** %0, i64 55
  %597 = load i8*, i8** %596, align 8
  %598 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %597, i8** %598, align 8
  %599 = getelementptr inbounds i8*, i8** %0, i64 8
  %600 = load i8*, i8** %599, align 8
  %601 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %600, i8** %601, align 8
  %602 = getelementptr inbounds i8*, i8** %0, i64 27
  %603 = load i8*, i8** %602, align 8
  %604 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %603, i8** %604, align 8
  %605 = getelementptr inbounds i8*, i8** %0, i64 29
  %606 = load i8*, i8** %605, align 8
  %607 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %606, i8** %607, align 8
  %608 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %608, i64 0, i64 1)
  %609 = getelementptr inbounds i8*, i8** %0, i64 7
  %610 = load i8*, i8** %609, align 8
  %611 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %610, i8** %611, align 8
  %612 = getelementptr inbounds i8*, i8** %0, i64 24
  %613 = load i8*, i8** %612, align 8
  %614 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %613, i8** %614, align 8
  %615 = getelementptr inbounds i8*, i8** %0, i64 23
  %616 = load i8*, i8** %615, align 8
  %617 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %616, i8** %617, align 8
  %618 = getelementptr inbounds i8*, i8** %0, i64 55
  %619 = load i8*, i8** %618, align 8
  %620 = getelementptr inbounds i8, i8* %619, i64 13824
  %621 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %620, i8** %621, align 8
  %622 = getelementptr inbounds i8*, i8** %0, i64 8
  %623 = load i8*, i8** %622, align 8
  %624 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %623, i8** %624, align 8
  %625 = getelementptr inbounds i8*, i8** %0, i64 27
  %626 = load i8*, i8** %625, align 8
  %627 = getelementptr inbounds i8*, i8** %pointers, i64 5
  store i8* %626, i8** %627, align 8
  %628 = getelementptr inbounds i8*, i8** %0, i64 29
  %629 = load i8*, i8** %628, align 8
  %630 = getelementptr inbounds i8*, i8** %pointers, i64 6
  store i8* %629, i8** %630, align 8
  %631 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_30(i8* %631, i64 0, i64 1)
  ret i32 0
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

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #3

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

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %80, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 32
  %15 = add i64 0, %14
  %16 = mul i64 %i, 32
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %79, %body2 ]
  %18 = icmp slt i64 %i4, 32
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 %17, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = fmul float 0x3FA6E4E260000000, %26
  %28 = fmul float %27, %26
  %29 = fmul float %28, %26
  %30 = fadd float %26, %29
  %31 = fmul float 0x3FE9884540000000, %30
  %32 = call float @llvm.fabs.f32(float %31)
  %33 = fmul float %31, %31
  %34 = fmul float %32, %33
  %35 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %33, float 0x3F951F8CE0000000)
  %36 = call float @llvm.fmuladd.f32(float %35, float %33, float 0xBFAB835A40000000)
  %37 = call float @llvm.fmuladd.f32(float %36, float %33, float 0x3FC1106F60000000)
  %38 = call float @llvm.fmuladd.f32(float %37, float %33, float 0xBFD5555320000000)
  %39 = call float @llvm.fmuladd.f32(float %34, float %38, float %32)
  %40 = fmul float %32, -2.000000e+00
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
  %69 = fsub float 1.000000e+00, %68
  %70 = fadd float 1.000000e+00, %68
  %71 = fdiv float %69, %70
  %72 = fcmp olt float %32, 6.250000e-01
  %73 = select i1 %72, float %39, float %71
  %74 = call float @llvm.copysign.f32(float %73, float %31)
  %75 = fmul float 5.000000e-01, %26
  %76 = fadd float 1.000000e+00, %74
  %77 = fmul float %75, %76
  %78 = getelementptr inbounds float, float* %6, i64 %19
  store float %77, float* %78, align 4
  %79 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %80 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.copysign.f32(float, float) #3

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
  %16 = mul i64 %14, 256
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
  %23 = icmp slt i64 %i4, 32
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 32
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
  %13 = getelementptr inbounds i8*, i8** %3, i64 3
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %89, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 32
  %18 = add i64 0, %17
  %19 = mul i64 %i, 32
  %20 = add i64 0, %19
  %21 = mul i64 %i, 32
  %22 = add i64 0, %21
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %88, %body2 ]
  %23 = icmp slt i64 %i4, 32
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = add i64 %18, %i4
  %25 = add i64 %20, %i4
  %26 = add i64 0, %i4
  %27 = add i64 %22, %i4
  %28 = getelementptr inbounds float, float* %9, i64 %25
  %29 = load float, float* %28, align 4
  %30 = getelementptr inbounds float, float* %12, i64 %26
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %15, i64 %27
  %33 = load float, float* %32, align 4
  %34 = fadd float %29, %31
  %35 = fmul float 0x3FA6E4E260000000, %34
  %36 = fmul float %35, %34
  %37 = fmul float %36, %34
  %38 = fadd float %34, %37
  %39 = fmul float 0x3FE9884540000000, %38
  %40 = call float @llvm.fabs.f32(float %39)
  %41 = fmul float %39, %39
  %42 = fmul float %40, %41
  %43 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %41, float 0x3F951F8CE0000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %41, float 0xBFAB835A40000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %41, float 0x3FC1106F60000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %41, float 0xBFD5555320000000)
  %47 = call float @llvm.fmuladd.f32(float %42, float %46, float %40)
  %48 = fmul float %40, -2.000000e+00
  %49 = fcmp oge float %48, -1.100000e+02
  %50 = select i1 %49, float %48, float -1.100000e+02
  %51 = fcmp ole float %50, 1.000000e+02
  %52 = select i1 %51, float %50, float 1.000000e+02
  %53 = fmul float %52, 0x3FF7154760000000
  %54 = call float @llvm.rint.f32(float %53)
  %55 = call float @llvm.fmuladd.f32(float %54, float 0xBFE6300000000000, float %52)
  %56 = call float @llvm.fmuladd.f32(float %54, float 0x3F2BD01060000000, float %55)
  %57 = fmul float %56, %56
  %58 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %56, float 0x3F81239880000000)
  %59 = call float @llvm.fmuladd.f32(float %58, float %56, float 0x3FA5558AE0000000)
  %60 = call float @llvm.fmuladd.f32(float %59, float %56, float 0x3FC5554920000000)
  %61 = call float @llvm.fmuladd.f32(float %60, float %56, float 0x3FDFFFFFC0000000)
  %62 = call float @llvm.fmuladd.f32(float %57, float %61, float %56)
  %63 = fadd float %62, 1.000000e+00
  %64 = fptosi float %54 to i32
  %65 = ashr i32 %64, 1
  %66 = sub i32 %64, %65
  %67 = add i32 %65, 127
  %68 = shl i32 %67, 23
  %69 = bitcast i32 %68 to float
  %70 = fmul float %63, %69
  %71 = add i32 %66, 127
  %72 = shl i32 %71, 23
  %73 = bitcast i32 %72 to float
  %74 = fmul float %70, %73
  %75 = fcmp uno float %48, %48
  %76 = select i1 %75, float %48, float %74
  %77 = fsub float 1.000000e+00, %76
  %78 = fadd float 1.000000e+00, %76
  %79 = fdiv float %77, %78
  %80 = fcmp olt float %40, 6.250000e-01
  %81 = select i1 %80, float %47, float %79
  %82 = call float @llvm.copysign.f32(float %81, float %39)
  %83 = fmul float 5.000000e-01, %34
  %84 = fadd float 1.000000e+00, %82
  %85 = fmul float %83, %84
  %86 = fadd float %33, %85
  %87 = getelementptr inbounds float, float* %6, i64 %24
  store float %86, float* %87, align 4
  %88 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %89 = add i64 %i, 1
  br label %loop
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
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 32
  %19 = mul i64 %15, 4
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 16, i1 false)
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
  %29 = mul i64 %i4, 4
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 4
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
define internal void @eptc_kernel_6(i8* %0, i64 %1, i64 %2) #1 {
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
  %14 = mul i64 %i, 4
  %15 = add i64 0, %14
  %16 = mul i64 %i, 4
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, 4
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 0, %i4
  %21 = add i64 %17, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %25, %23
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
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
  %i = phi i64 [ 0, %entry ], [ %14, %checked ]
  %5 = icmp slt i64 %i, 8
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds i32, i32* %4, i64 %i
  %7 = load i32, i32* %6, align 4
  %8 = icmp slt i32 %7, 0
  %9 = icmp sge i32 %7, 4
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
define internal void @eptc_kernel_7(i8* %0, i64 %1, i64 %2) #1 {
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
  %17 = mul i64 %i, 4
  br label %loop1

join:                                             ; preds = %exit7, %body
  %18 = add i64 %i, 1
  br label %loop

loop1:                                            ; preds = %body2, %then
  %i4 = phi i64 [ 0, %then ], [ %27, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %then ], [ %26, %body2 ]
  %19 = icmp slt i64 %i4, 4
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
  %28 = icmp slt i64 %i8, 4
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
define internal void @eptc_kernel_8(i8* %0, i64 %1, i64 %2) #1 {
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
  %14 = icmp slt i64 %i4, 8
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
define internal void @eptc_kernel_9(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_10(i8* %0, i64 %1, i64 %2) #1 {
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
  %14 = icmp slt i64 %i4, 8
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
define internal void @eptc_kernel_11(i8* %0, i64 %1, i64 %2) #1 {
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
  %17 = mul i64 %i, 4
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
  call void @llvm.memset.p0i8.i64(i8* %25, i8 0, i64 16, i1 false)
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
  %27 = icmp slt i64 %i6, 4
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
  %36 = icmp slt i64 %i10, 4
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
  %107 = icmp slt i64 %i15, 4
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

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = srem i64 %i, 4
  %12 = sdiv i64 %i, 4
  %13 = add i64 0, %11
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = mul i64 %i4, 4
  %16 = add i64 %13, %15
  %17 = getelementptr inbounds float, float* %6, i64 %16
  %18 = load float, float* %17, align 4
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc, float* %21, align 4
  %22 = add i64 %i, 1
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
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 32
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 256
  %19 = mul i64 %15, 32
  %20 = add i64 %18, %19
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %21 = icmp slt i64 %i4, 32
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 4
  %23 = add i64 %17, %22
  br label %loop5

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %35, %body6 ]
  %25 = icmp slt i64 %i8, 4
  br i1 %25, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %26 = mul i64 %15, 4
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
define internal void @eptc_kernel_14(i8* %0, i64 %1, i64 %2) #1 {
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
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 128
  %19 = mul i64 %15, 4
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 16, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 8
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %i4, 32
  %25 = add i64 %24, %15
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 4
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 4
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
define internal void @eptc_kernel_15(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %98, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 32
  %18 = add i64 0, %17
  %19 = mul i64 %i, 32
  %20 = add i64 0, %19
  %21 = mul i64 %i, 32
  %22 = add i64 0, %21
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %97, %body2 ]
  %23 = icmp slt i64 %i4, 32
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = add i64 %18, %i4
  %25 = add i64 %20, %i4
  %26 = add i64 0, %i4
  %27 = add i64 %22, %i4
  %28 = getelementptr inbounds float, float* %9, i64 %25
  %29 = load float, float* %28, align 4
  %30 = getelementptr inbounds float, float* %12, i64 %26
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %15, i64 %27
  %33 = load float, float* %32, align 4
  %34 = fadd float %29, %31
  %35 = fmul float 0x3FA6E4E260000000, %34
  %36 = fmul float %35, %34
  %37 = fmul float %36, %34
  %38 = fadd float %34, %37
  %39 = fmul float 0x3FE9884540000000, %38
  %40 = call float @llvm.fabs.f32(float %39)
  %41 = fmul float %39, %39
  %42 = fmul float %40, %41
  %43 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %41, float 0x3F951F8CE0000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %41, float 0xBFAB835A40000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %41, float 0x3FC1106F60000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %41, float 0xBFD5555320000000)
  %47 = call float @llvm.fmuladd.f32(float %42, float %46, float %40)
  %48 = fmul float %40, -2.000000e+00
  %49 = fcmp oge float %48, -1.100000e+02
  %50 = select i1 %49, float %48, float -1.100000e+02
  %51 = fcmp ole float %50, 1.000000e+02
  %52 = select i1 %51, float %50, float 1.000000e+02
  %53 = fmul float %52, 0x3FF7154760000000
  %54 = call float @llvm.rint.f32(float %53)
  %55 = call float @llvm.fmuladd.f32(float %54, float 0xBFE6300000000000, float %52)
  %56 = call float @llvm.fmuladd.f32(float %54, float 0x3F2BD01060000000, float %55)
  %57 = fmul float %56, %56
  %58 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %56, float 0x3F81239880000000)
  %59 = call float @llvm.fmuladd.f32(float %58, float %56, float 0x3FA5558AE0000000)
  %60 = call float @llvm.fmuladd.f32(float %59, float %56, float 0x3FC5554920000000)
  %61 = call float @llvm.fmuladd.f32(float %60, float %56, float 0x3FDFFFFFC0000000)
  %62 = call float @llvm.fmuladd.f32(float %57, float %61, float %56)
  %63 = fadd float %62, 1.000000e+00
  %64 = fptosi float %54 to i32
  %65 = ashr i32 %64, 1
  %66 = sub i32 %64, %65
  %67 = add i32 %65, 127
  %68 = shl i32 %67, 23
  %69 = bitcast i32 %68 to float
  %70 = fmul float %63, %69
  %71 = add i32 %66, 127
  %72 = shl i32 %71, 23
  %73 = bitcast i32 %72 to float
  %74 = fmul float %70, %73
  %75 = fcmp uno float %48, %48
  %76 = select i1 %75, float %48, float %74
  %77 = fsub float 1.000000e+00, %76
  %78 = fadd float 1.000000e+00, %76
  %79 = fdiv float %77, %78
  %80 = fcmp olt float %40, 6.250000e-01
  %81 = select i1 %80, float %47, float %79
  %82 = call float @llvm.copysign.f32(float %81, float %39)
  %83 = fadd float 1.000000e+00, %82
  %84 = fmul float 5.000000e-01, %83
  %85 = fmul float %82, %82
  %86 = fsub float 1.000000e+00, %85
  %87 = fmul float 0x3FC12BA9C0000000, %34
  %88 = fmul float %87, %34
  %89 = fadd float 1.000000e+00, %88
  %90 = fmul float 5.000000e-01, %34
  %91 = fmul float %90, %86
  %92 = fmul float %91, 0x3FE9884540000000
  %93 = fmul float %92, %89
  %94 = fadd float %84, %93
  %95 = fmul float %33, %94
  %96 = getelementptr inbounds float, float* %6, i64 %24
  store float %95, float* %96, align 4
  %97 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %98 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_16(i8* %0, i64 %1, i64 %2) #1 {
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
  %13 = mul i64 %11, 32
  %14 = mul i64 %12, 256
  %15 = add i64 %13, %14
  %16 = mul i64 %12, 256
  %17 = icmp slt i64 %16, -224
  %18 = mul i64 %12, 256
  %19 = add i64 %18, 256
  %20 = select i1 %17, i64 %19, i64 32
  %21 = add i64 %13, %20
  %22 = mul i64 %11, 224
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
  %26 = icmp slt i64 %i8, 8
  br i1 %26, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %27 = mul i64 %i8, 32
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
define internal void @eptc_kernel_17(i8* %0, i64 %1, i64 %2) #1 {
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
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 1024
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
  %23 = icmp slt i64 %i4, 8
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %i4, 32
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
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
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
define internal void @eptc_kernel_19(i8* %0, i64 %1, i64 %2) #1 {
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
  %13 = getelementptr inbounds i8*, i8** %3, i64 3
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  %16 = getelementptr inbounds i8*, i8** %3, i64 0
  %17 = load i8*, i8** %16, align 8
  %18 = bitcast i8* %17 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %107, %exit3 ]
  %19 = icmp slt i64 %i, %2
  br i1 %19, label %body, label %exit

body:                                             ; preds = %loop
  %20 = mul i64 %i, 32
  %21 = add i64 0, %20
  %22 = mul i64 %i, 32
  %23 = add i64 0, %22
  %24 = mul i64 %i, 32
  %25 = add i64 0, %24
  %26 = mul i64 %i, 32
  %27 = add i64 0, %26
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %106, %body2 ]
  %28 = icmp slt i64 %i4, 32
  br i1 %28, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %29 = add i64 %21, %i4
  %30 = add i64 %23, %i4
  %31 = add i64 0, %i4
  %32 = add i64 %25, %i4
  %33 = add i64 %27, %i4
  %34 = getelementptr inbounds float, float* %9, i64 %30
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %12, i64 %31
  %37 = load float, float* %36, align 4
  %38 = getelementptr inbounds float, float* %15, i64 %32
  %39 = load float, float* %38, align 4
  %40 = getelementptr inbounds float, float* %18, i64 %33
  %41 = load float, float* %40, align 4
  %42 = fadd float %35, %37
  %43 = fadd float %39, %41
  %44 = fmul float 0x3FA6E4E260000000, %42
  %45 = fmul float %44, %42
  %46 = fmul float %45, %42
  %47 = fadd float %42, %46
  %48 = fmul float 0x3FE9884540000000, %47
  %49 = call float @llvm.fabs.f32(float %48)
  %50 = fmul float %48, %48
  %51 = fmul float %49, %50
  %52 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %50, float 0x3F951F8CE0000000)
  %53 = call float @llvm.fmuladd.f32(float %52, float %50, float 0xBFAB835A40000000)
  %54 = call float @llvm.fmuladd.f32(float %53, float %50, float 0x3FC1106F60000000)
  %55 = call float @llvm.fmuladd.f32(float %54, float %50, float 0xBFD5555320000000)
  %56 = call float @llvm.fmuladd.f32(float %51, float %55, float %49)
  %57 = fmul float %49, -2.000000e+00
  %58 = fcmp oge float %57, -1.100000e+02
  %59 = select i1 %58, float %57, float -1.100000e+02
  %60 = fcmp ole float %59, 1.000000e+02
  %61 = select i1 %60, float %59, float 1.000000e+02
  %62 = fmul float %61, 0x3FF7154760000000
  %63 = call float @llvm.rint.f32(float %62)
  %64 = call float @llvm.fmuladd.f32(float %63, float 0xBFE6300000000000, float %61)
  %65 = call float @llvm.fmuladd.f32(float %63, float 0x3F2BD01060000000, float %64)
  %66 = fmul float %65, %65
  %67 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %65, float 0x3F81239880000000)
  %68 = call float @llvm.fmuladd.f32(float %67, float %65, float 0x3FA5558AE0000000)
  %69 = call float @llvm.fmuladd.f32(float %68, float %65, float 0x3FC5554920000000)
  %70 = call float @llvm.fmuladd.f32(float %69, float %65, float 0x3FDFFFFFC0000000)
  %71 = call float @llvm.fmuladd.f32(float %66, float %70, float %65)
  %72 = fadd float %71, 1.000000e+00
  %73 = fptosi float %63 to i32
  %74 = ashr i32 %73, 1
  %75 = sub i32 %73, %74
  %76 = add i32 %74, 127
  %77 = shl i32 %76, 23
  %78 = bitcast i32 %77 to float
  %79 = fmul float %72, %78
  %80 = add i32 %75, 127
  %81 = shl i32 %80, 23
  %82 = bitcast i32 %81 to float
  %83 = fmul float %79, %82
  %84 = fcmp uno float %57, %57
  %85 = select i1 %84, float %57, float %83
  %86 = fsub float 1.000000e+00, %85
  %87 = fadd float 1.000000e+00, %85
  %88 = fdiv float %86, %87
  %89 = fcmp olt float %49, 6.250000e-01
  %90 = select i1 %89, float %56, float %88
  %91 = call float @llvm.copysign.f32(float %90, float %48)
  %92 = fadd float 1.000000e+00, %91
  %93 = fmul float 5.000000e-01, %92
  %94 = fmul float %91, %91
  %95 = fsub float 1.000000e+00, %94
  %96 = fmul float 0x3FC12BA9C0000000, %42
  %97 = fmul float %96, %42
  %98 = fadd float 1.000000e+00, %97
  %99 = fmul float 5.000000e-01, %42
  %100 = fmul float %99, %95
  %101 = fmul float %100, 0x3FE9884540000000
  %102 = fmul float %101, %98
  %103 = fadd float %93, %102
  %104 = fmul float %43, %103
  %105 = getelementptr inbounds float, float* %6, i64 %29
  store float %104, float* %105, align 4
  %106 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %107 = add i64 %i, 1
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
  %16 = mul i64 %14, 128
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
  %23 = icmp slt i64 %i4, 8
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
define internal void @eptc_kernel_23(i8* %0, i64 %1, i64 %2) #1 {
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
  %11 = mul i64 %i, 32
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
  %12 = icmp slt i64 %i4, 32
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
  %i15 = phi i64 [ 32, %exit3 ], [ %84, %body13 ]
  %acc16 = phi float [ %76, %exit3 ], [ %83, %body13 ]
  %77 = icmp slt i64 %i15, 32
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
define internal void @eptc_kernel_24(i8* %0, i64 %1, i64 %2) #1 {
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
  %11 = mul i64 %i, 128
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
  %12 = icmp slt i64 %i4, 128
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
  %i15 = phi i64 [ 128, %exit3 ], [ %84, %body13 ]
  %acc16 = phi float [ %76, %exit3 ], [ %83, %body13 ]
  %77 = icmp slt i64 %i15, 128
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
define internal void @eptc_kernel_25(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %19, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %18, %body2 ]
  %12 = icmp slt i64 %i4, 4
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = add i64 0, %i4
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = add i64 %11, %i4
  %17 = fmul float %15, %15
  %18 = fadd float %acc, %17
  %19 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %20 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc, float* %20, align 4
  %21 = add i64 %i, 1
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
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %86, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 1024
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
  %12 = icmp slt i64 %i4, 1024
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
  %i15 = phi i64 [ 1024, %exit3 ], [ %84, %body13 ]
  %acc16 = phi float [ %76, %exit3 ], [ %83, %body13 ]
  %77 = icmp slt i64 %i15, 1024
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
define internal void @eptc_kernel_27(i8* %0, i64 %1, i64 %2) #1 {
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
  %47 = fadd float %11, %16
  %48 = fadd float %47, %21
  %49 = fadd float %48, %26
  %50 = fadd float %49, %31
  %51 = fadd float %50, %36
  %52 = fadd float %51, %41
  %53 = fadd float %52, %46
  %54 = call float @llvm.sqrt.f32(float %53)
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %63, %exit3 ]
  %55 = icmp slt i64 %i, %2
  br i1 %55, label %body, label %exit

body:                                             ; preds = %loop
  %56 = mul i64 %i, 4096
  %57 = add i64 %56, 4096
  %58 = icmp slt i64 %57, 1
  %59 = select i1 %58, i64 %57, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %56, %body ], [ %62, %body2 ]
  %60 = icmp slt i64 %i4, %59
  br i1 %60, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %61 = getelementptr inbounds float, float* %6, i64 0
  store float %54, float* %61, align 4
  %62 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %63 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.sqrt.f32(float) #3

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

declare float @powf(float, float)

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
  %58 = icmp slt i64 %57, 32
  %59 = select i1 %58, i64 %57, i64 32
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
  %58 = icmp slt i64 %57, 128
  %59 = select i1 %58, i64 %57, i64 128
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
  %58 = icmp slt i64 %57, 4
  %59 = select i1 %58, i64 %57, i64 4
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
  %58 = icmp slt i64 %57, 1024
  %59 = select i1 %58, i64 %57, i64 1024
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
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
